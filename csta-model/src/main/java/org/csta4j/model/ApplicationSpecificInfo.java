package org.csta4j.model;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The vendor login data of StartApplicationSession: uni-tel's user id, password and PBX domain,
 * written as {@code "vendorData:userID"} and so on. Other vendor entries are kept under their wire
 * keys. The password never appears in {@code toString()}.
 */
@Value.Immutable
public interface ApplicationSpecificInfo extends Extensible {
  /** {@return the uni-tel user to log in as; on the wire {@code vendorData:userID}} */
  Optional<String> userId();

  /**
   * {@return the user's password; on the wire {@code vendorData:password}, masked in {@code
   * toString()}}
   */
  @Value.Redacted
  Optional<String> password();

  /** {@return the hosted PBX the user belongs to; on the wire {@code vendorData:pbxDomain}} */
  Optional<String> pbxDomain();

  @Override
  Map<String, RawJson> unknownFields();

  /**
   * uni-tel's login triple.
   *
   * @param userId the user to log in as
   * @param password the user's password, never shown by {@code toString()}
   * @param pbxDomain the user's PBX domain
   * @return the vendor login data
   */
  static ApplicationSpecificInfo of(String userId, String password, String pbxDomain) {
    return builder().userId(userId).password(password).pbxDomain(pbxDomain).build();
  }

  /**
   * {@return a new, empty builder of {@link ApplicationSpecificInfo}} Setters reject null with a
   * {@link NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ApplicationSpecificInfo}. */
  class Builder extends ImmutableApplicationSpecificInfo.Builder {}
}

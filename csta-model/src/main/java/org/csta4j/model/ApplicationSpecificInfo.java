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
  Optional<String> userId();

  @Value.Redacted
  Optional<String> password();

  Optional<String> pbxDomain();

  @Override
  Map<String, RawJson> unknownFields();

  /** uni-tel's login triple. */
  static ApplicationSpecificInfo of(String userId, String password, String pbxDomain) {
    return builder().userId(userId).password(password).pbxDomain(pbxDomain).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ApplicationSpecificInfo}. */
  class Builder extends ImmutableApplicationSpecificInfo.Builder {}
}

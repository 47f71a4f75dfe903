package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Who is logging in: ECMA-354 {@code applicationInfo}. uni-tel uses only the vendor part. */
@Value.Immutable
public interface ApplicationInfo extends Extensible {
  /**
   * {@return the application's name as ECMA-354 defines it; empty for uni-tel, which identifies the
   * client by its vendor data}
   */
  Optional<String> applicationId();

  /** {@return the vendor login data; uni-tel reads the user id, password and PBX domain from it} */
  Optional<ApplicationSpecificInfo> applicationSpecificInfo();

  /**
   * The application info of a login that carries only vendor data, as uni-tel expects.
   *
   * @param info the vendor login data
   * @return the application info
   */
  static ApplicationInfo of(ApplicationSpecificInfo info) {
    return builder().applicationSpecificInfo(info).build();
  }

  /**
   * {@return a new, empty builder of {@link ApplicationInfo}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ApplicationInfo}. */
  class Builder extends ImmutableApplicationInfo.Builder {}
}

package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Who is logging in: ECMA-354 {@code applicationInfo}. uni-tel uses only the vendor part. */
@Value.Immutable
public interface ApplicationInfo extends Extensible {
  Optional<String> applicationId();

  Optional<ApplicationSpecificInfo> applicationSpecificInfo();

  static ApplicationInfo of(ApplicationSpecificInfo info) {
    return builder().applicationSpecificInfo(info).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ApplicationInfo}. */
  class Builder extends ImmutableApplicationInfo.Builder {}
}

package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** The last redirecting device of a call: the schema's {@code RedirectionDeviceID} choice. */
@Value.Immutable
public interface RedirectionDeviceId {
  /** Which alternative of the choice this is. */
  enum Kind {
    NUMBER_DIALED,
    NOT_KNOWN,
    NOT_REQUIRED,
    NOT_SPECIFIED,
    RESTRICTED
  }

  Kind kind();

  /** The dialled number, present exactly when the kind is {@link Kind#NUMBER_DIALED}. */
  Optional<DeviceId> numberDialed();

  @Value.Check
  default void check() {
    if ((kind() == Kind.NUMBER_DIALED) != numberDialed().isPresent()) {
      throw new IllegalArgumentException(
          "numberDialed: present if and only if the kind is NUMBER_DIALED");
    }
  }

  static RedirectionDeviceId numberDialed(String device) {
    return builder().kind(Kind.NUMBER_DIALED).numberDialed(DeviceId.of(device)).build();
  }

  static RedirectionDeviceId of(Kind kind) {
    return builder().kind(kind).build();
  }

  static RedirectionDeviceId notRequired() {
    return of(Kind.NOT_REQUIRED);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RedirectionDeviceId}. */
  class Builder extends ImmutableRedirectionDeviceId.Builder {}
}

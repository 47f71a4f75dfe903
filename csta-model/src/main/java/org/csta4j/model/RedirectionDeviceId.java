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

  @Value.Parameter
  Kind kind();

  /** The dialled number, present exactly when the kind is {@link Kind#NUMBER_DIALED}. */
  @Value.Parameter
  Optional<DeviceId> numberDialed();

  @Value.Check
  default void check() {
    if ((kind() == Kind.NUMBER_DIALED) != numberDialed().isPresent()) {
      throw new IllegalArgumentException(
          "numberDialed: present if and only if the kind is NUMBER_DIALED");
    }
  }

  static RedirectionDeviceId numberDialed(String device) {
    return numberDialed(DeviceId.of(device));
  }

  static RedirectionDeviceId numberDialed(DeviceId device) {
    return ImmutableRedirectionDeviceId.of(Kind.NUMBER_DIALED, Optional.of(device));
  }

  /** An alternative without a number, e.g. {@link Kind#NOT_REQUIRED}. */
  static RedirectionDeviceId of(Kind kind) {
    return ImmutableRedirectionDeviceId.of(kind, Optional.empty());
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

package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** What a monitor watches: a device or a call (the schema's {@code CSTAObject} choice). */
@Value.Immutable
public interface CstaObject extends Extensible {
  Optional<DeviceId> deviceObject();

  Optional<ConnectionId> callObject();

  @Value.Check
  default void check() {
    if (deviceObject().isPresent() == callObject().isPresent()) {
      throw new IllegalArgumentException(
          "monitorObject: exactly one of deviceObject and callObject");
    }
  }

  static CstaObject device(String device) {
    return builder().deviceObject(DeviceId.of(device)).build();
  }

  static CstaObject call(ConnectionId call) {
    return builder().callObject(call).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CstaObject}. */
  class Builder extends ImmutableCstaObject.Builder {}
}

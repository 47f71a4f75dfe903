package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** The last redirecting device of a call: the schema's {@code RedirectionDeviceID} choice. */
@Value.Immutable
public interface RedirectionDeviceId {
  /** Which alternative of the choice this is. */
  enum Kind {
    /** The redirecting device is known, by the number dialled in {@link #numberDialed()}. */
    NUMBER_DIALED,
    /** The call was redirected, but the switch does not know by whom. */
    NOT_KNOWN,
    /** The call was not redirected, so there is no redirecting device. */
    NOT_REQUIRED,
    /** The switch does not say whether the call was redirected. */
    NOT_SPECIFIED,
    /** The switch knows the redirecting device but may not tell. */
    RESTRICTED
  }

  /** {@return which alternative this is; only {@link Kind#NUMBER_DIALED} carries a device} */
  @Value.Parameter
  Kind kind();

  /** {@return the dialled number, present exactly when the kind is {@link Kind#NUMBER_DIALED}} */
  @Value.Parameter
  Optional<DeviceId> numberDialed();

  /**
   * Checked when the value is built; not for callers.
   *
   * @throws IllegalArgumentException with a message that starts with the field name if a number is
   *     given for a kind other than {@link Kind#NUMBER_DIALED}, or none for that kind
   */
  @Value.Check
  default void check() {
    if ((kind() == Kind.NUMBER_DIALED) != numberDialed().isPresent()) {
      throw new IllegalArgumentException(
          "numberDialed: present if and only if the kind is NUMBER_DIALED");
    }
  }

  /**
   * The device that redirected the call, by the number dialled.
   *
   * @param device the device number or dial string
   * @return the redirection device id of kind {@link Kind#NUMBER_DIALED}
   * @throws IllegalArgumentException if {@code device} is blank
   */
  static RedirectionDeviceId numberDialed(String device) {
    return numberDialed(DeviceId.of(device));
  }

  /**
   * The device that redirected the call, by the number dialled.
   *
   * @param device the device id
   * @return the redirection device id of kind {@link Kind#NUMBER_DIALED}
   */
  static RedirectionDeviceId numberDialed(DeviceId device) {
    return ImmutableRedirectionDeviceId.of(Kind.NUMBER_DIALED, Optional.of(device));
  }

  /**
   * An alternative without a number, e.g. {@link Kind#NOT_REQUIRED}.
   *
   * @param kind the alternative; not {@link Kind#NUMBER_DIALED}
   * @return the redirection device id
   * @throws IllegalArgumentException if {@code kind} is {@link Kind#NUMBER_DIALED}
   */
  static RedirectionDeviceId of(Kind kind) {
    return ImmutableRedirectionDeviceId.of(kind, Optional.empty());
  }

  /**
   * {@return the alternative for a call that was never redirected, which events send most often}
   */
  static RedirectionDeviceId notRequired() {
    return of(Kind.NOT_REQUIRED);
  }

  /**
   * {@return a new, empty builder of {@link RedirectionDeviceId}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset and {@link
   * IllegalArgumentException}, its message starting with the field's name, if the values break an
   * invariant.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RedirectionDeviceId}. */
  class Builder extends ImmutableRedirectionDeviceId.Builder {}
}

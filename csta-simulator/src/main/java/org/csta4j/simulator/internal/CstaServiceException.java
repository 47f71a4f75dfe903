package org.csta4j.simulator.internal;

import org.csta4j.model.CstaErrorValue;
import org.csta4j.model.CstaException;

/**
 * A CSTA service request the simulated PBX refused. {@link #error()} is the value a real gateway
 * would put in its {@code CSTAErrorCode}; the message is its wire name and a short reason.
 */
final class CstaServiceException extends CstaException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // every CstaErrorValue is an enum constant, hence serializable
  private final CstaErrorValue error;

  /**
   * A failure with this error value, e.g. {@code invalidDeviceID: device 999 is not configured}.
   */
  CstaServiceException(CstaErrorValue error, String reason) {
    super(error.wireName() + ": " + reason);
    this.error = error;
  }

  /** The CSTA error value (its category is {@code error().category()}). */
  public CstaErrorValue error() {
    return error;
  }
}

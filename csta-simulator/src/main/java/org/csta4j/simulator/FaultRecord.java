package org.csta4j.simulator;

import java.time.Instant;
import java.util.Objects;

/** A fault the simulator injected: when, which, and on what (a connection id, a session). */
public final class FaultRecord {
  private final Instant at;
  private final String fault;
  private final String detail;

  public FaultRecord(Instant at, String fault, String detail) {
    this.at = Objects.requireNonNull(at, "at");
    this.fault = Objects.requireNonNull(fault, "fault");
    this.detail = Objects.requireNonNull(detail, "detail");
  }

  public Instant at() {
    return at;
  }

  /**
   * The fault's name, e.g. {@code "drop-connection"}; see {@link Faults} for each method's name.
   */
  public String fault() {
    return fault;
  }

  /** What it hit, e.g. {@code "connection 3fX... (tcp reset)"}. */
  public String detail() {
    return detail;
  }

  @Override
  public String toString() {
    return at + " " + fault + ": " + detail;
  }
}

package org.csta4j.simulator;

import java.time.Instant;
import org.csta4j.model.internal.CstaStyle;
import org.immutables.value.Value;

/**
 * A fault the simulator injected: when, which, and on what (a connection id, a session). Immutable
 * and thread-safe; made by the simulator, read by tests from {@link CstaSimulator#faultLog()}.
 */
@Value.Immutable
@CstaStyle
public abstract class FaultRecord {
  FaultRecord() {}

  /** {@return when the fault was injected} */
  public abstract Instant at();

  /**
   * {@return the fault's name, e.g. {@code "drop-connection"}} {@link Faults} documents the name
   * each of its methods records. Never blank.
   */
  public abstract String fault();

  /** {@return what the fault hit, e.g. {@code "connection 3fX... (no close frame)"}} */
  public abstract String detail();

  /**
   * A record of one injected fault.
   *
   * @param at when it was injected
   * @param fault its name, not blank
   * @param detail what it hit
   * @return the record
   * @throws IllegalArgumentException naming {@code fault} if it is blank
   */
  public static FaultRecord of(Instant at, String fault, String detail) {
    return builder().at(at).fault(fault).detail(detail).build();
  }

  /** {@return a new builder; {@code at}, {@code fault} and {@code detail} are required} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (fault().isBlank()) {
      throw new IllegalArgumentException("fault: must not be blank");
    }
  }

  /** {@return {@code "<at> <fault>: <detail>"}, as the simulator logs it} */
  @Override
  public String toString() {
    return at() + " " + fault() + ": " + detail();
  }

  /** Builds a {@link FaultRecord}; {@link #build()} throws if a field is missing or invalid. */
  public static final class Builder extends ImmutableFaultRecord.Builder {
    Builder() {}
  }
}

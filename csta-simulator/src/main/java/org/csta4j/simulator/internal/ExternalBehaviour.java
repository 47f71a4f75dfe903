package org.csta4j.simulator.internal;

/** How an external number (one that is not a configured device) reacts when it is called. */
public enum ExternalBehaviour {
  /** Rings, then answers after the Pbx's auto-answer delay (never if that delay is zero). */
  ANSWER,
  /** Is busy: the call fails at once with cause {@code busy}. */
  BUSY,
  /** Rings until the call is cleared, deflected or answered by a script. */
  NO_ANSWER
}

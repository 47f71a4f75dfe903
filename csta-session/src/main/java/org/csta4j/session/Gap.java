package org.csta4j.session;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A period in which events may have been missed: from the loss to the end of resync. Listeners get
 * one per recovery, after the monitors are restored and every monitored device was snapshotted.
 */
public final class Gap {
  private final Instant began;
  private final Instant ended;
  private final Throwable cause;
  private final List<CallChange> changes;
  private final Set<String> resynced;
  private final Set<String> notResynced;

  public Gap(
      Instant began,
      Instant ended,
      Throwable cause,
      List<CallChange> changes,
      Set<String> resynced,
      Set<String> notResynced) {
    this.began = Objects.requireNonNull(began, "began");
    this.ended = Objects.requireNonNull(ended, "ended");
    this.cause = Objects.requireNonNull(cause, "cause");
    this.changes = List.copyOf(changes);
    this.resynced = Set.copyOf(resynced);
    this.notResynced = Set.copyOf(notResynced);
  }

  /** When the loss was detected. */
  public Instant began() {
    return began;
  }

  /** When the session was restored and resynchronised. */
  public Instant ended() {
    return ended;
  }

  public Duration duration() {
    return Duration.between(began, ended);
  }

  /** What caused the gap. */
  public Throwable cause() {
    return cause;
  }

  /** The calls whose state at a monitored device changed during the gap. */
  public List<CallChange> changes() {
    return changes;
  }

  /** Devices whose state was corrected by a snapshot. */
  public Set<String> resynced() {
    return resynced;
  }

  /** Devices that could not be snapshotted (or their monitor not restored): state may be stale. */
  public Set<String> notResynced() {
    return notResynced;
  }

  @Override
  public String toString() {
    return "Gap{"
        + began
        + " .. "
        + ended
        + ", cause="
        + cause.getMessage()
        + ", changes="
        + changes
        + (notResynced.isEmpty() ? "" : ", notResynced=" + notResynced)
        + "}";
  }
}

package org.csta4j.session;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.csta4j.model.internal.CstaStyle;
import org.csta4j.model.internal.Failures;
import org.immutables.value.Value;

/**
 * A period in which events may have been missed: from the loss to the end of resync. Listeners get
 * one per recovery, after the monitors are restored and every monitored device was snapshotted.
 * Immutable; its collections are unmodifiable.
 */
@Value.Immutable
@CstaStyle
public abstract class Gap {
  Gap() {}

  /** {@return a builder; began, ended and cause are required, the collections default to empty} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return when the loss was detected, on the session's clock} */
  public abstract Instant began();

  /** {@return when the session was restored and resynchronised, on the session's clock} */
  public abstract Instant ended();

  /**
   * {@return how long the gap lasted: {@link #ended()} minus {@link #began()}; negative only if the
   * session's clock went back}
   */
  public Duration duration() {
    return Duration.between(began(), ended());
  }

  /** {@return what caused the gap: the loss, the termination or the overflow that began it} */
  public abstract Throwable cause();

  /** {@return the calls whose state at a monitored device changed, ordered by device and call} */
  public abstract List<CallChange> changes();

  /** {@return the devices whose call state was corrected by a snapshot} */
  public abstract Set<String> resynced();

  /**
   * {@return the devices that could not be snapshotted, or whose monitor was not restored: their
   * call state may be stale}
   */
  public abstract Set<String> notResynced();

  /**
   * {@return the times, the cause's message (or type), the changes and any devices not resynced}
   */
  @Override
  public String toString() {
    return "Gap{"
        + began()
        + " .. "
        + ended()
        + ", cause="
        + Failures.describe(cause())
        + ", changes="
        + changes()
        + (notResynced().isEmpty() ? "" : ", notResynced=" + notResynced())
        + "}";
  }

  /** Builds a {@link Gap}. */
  public static final class Builder extends ImmutableGap.Builder {
    Builder() {}
  }
}

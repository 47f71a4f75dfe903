package org.csta4j.session;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.DoubleSupplier;
import org.csta4j.model.internal.Checks;
import org.csta4j.model.internal.CstaStyle;
import org.immutables.value.Value;

/**
 * When to try reconnecting after a loss: the first retry at once, then exponential backoff with
 * jitter up to a cap, and optionally giving up after a number of attempts or a time.
 *
 * <p>Attempt 1 runs immediately; attempt {@code n > 1} waits {@code min(max, initial *
 * multiplier^(n-2))}, spread by {@code ±jitter} of itself so that many clients that lost the same
 * gateway do not come back in step. Immutable and safe to share; {@link Builder#build()} rejects
 * invalid values, naming the setting.
 */
@Value.Immutable
@CstaStyle
public abstract class ReconnectPolicy {
  ReconnectPolicy() {}

  /** {@return 250 ms, doubling, capped at 30 s, ±20 % jitter, never giving up} */
  public static ReconnectPolicy defaults() {
    return builder().build();
  }

  /** {@return a policy that never reconnects: a loss closes the session} */
  public static ReconnectPolicy never() {
    return builder().maxAttempts(0).build();
  }

  /** {@return a builder with the values of {@link #defaults()}} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the wait before the second attempt (the first is immediate); 250 ms by default} */
  @Value.Default
  public Duration initialBackoff() {
    return Duration.ofMillis(250);
  }

  /** {@return the longest wait between attempts, never shorter than the initial one; 30 s} */
  @Value.Default
  public Duration maxBackoff() {
    return Duration.ofSeconds(30);
  }

  /** {@return the growth of the wait per attempt: 1 or more, 2 by default} */
  @Value.Default
  public double multiplier() {
    return 2;
  }

  /** {@return the spread of each wait, a fraction in {@code [0, 1]}; 0.2 by default} */
  @Value.Default
  public double jitter() {
    return 0.2;
  }

  /**
   * {@return how many failed attempts make the session give up (0: never reconnect); empty, the
   * default, for no limit}
   */
  public abstract OptionalInt maxAttempts();

  /**
   * {@return how long after the loss a failed attempt makes the session give up; empty, the
   * default, for never}
   */
  public abstract Optional<Duration> giveUpAfter();

  @Value.Check
  void check() {
    Checks.positive("initialBackoff", initialBackoff());
    Checks.positive("maxBackoff", maxBackoff());
    if (maxBackoff().compareTo(initialBackoff()) < 0) {
      throw new IllegalArgumentException(
          "maxBackoff: " + maxBackoff() + " is shorter than initialBackoff " + initialBackoff());
    }
    if (!(multiplier() >= 1) || Double.isInfinite(multiplier())) {
      throw new IllegalArgumentException("multiplier: must be at least 1 but is " + multiplier());
    }
    if (!(jitter() >= 0 && jitter() <= 1)) {
      throw new IllegalArgumentException("jitter: must be in [0, 1] but is " + jitter());
    }
    if (maxAttempts().isPresent() && maxAttempts().getAsInt() < 0) {
      throw new IllegalArgumentException(
          "maxAttempts: must not be negative but is " + maxAttempts().getAsInt());
    }
    giveUpAfter().ifPresent(d -> Checks.positive("giveUpAfter", d));
  }

  /**
   * The wait before an attempt.
   *
   * @param attempt the attempt, 1-based
   * @param random a source of numbers in {@code [0, 1)} for the jitter
   * @return zero for the first attempt; for later ones a wait of at most {@link #maxBackoff()}
   * @throws IllegalArgumentException if {@code attempt} is less than 1
   */
  public Duration delayBefore(int attempt, DoubleSupplier random) {
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt: must be at least 1 but is " + attempt);
    }
    if (attempt == 1) {
      return Duration.ZERO;
    }
    double base = initialBackoff().toNanos() * Math.pow(multiplier(), attempt - 2.0);
    double capped = Math.min(base, (double) maxBackoff().toNanos());
    double spread = capped * (1 - jitter() + 2 * jitter() * random.getAsDouble());
    return Duration.ofNanos((long) Math.min(spread, (double) maxBackoff().toNanos()));
  }

  /**
   * Whether to stop trying.
   *
   * @param attemptsMade the failed attempts so far
   * @param elapsed the time since the loss
   * @return true if {@link #maxAttempts()} attempts were made or {@link #giveUpAfter()} has passed
   */
  public boolean giveUp(int attemptsMade, Duration elapsed) {
    if (maxAttempts().isPresent() && attemptsMade >= maxAttempts().getAsInt()) {
      return true;
    }
    return giveUpAfter().isPresent() && elapsed.compareTo(giveUpAfter().get()) >= 0;
  }

  /** {@return every setting, {@code unlimited} and {@code never} for the absent limits} */
  @Override
  public String toString() {
    return "ReconnectPolicy{initial="
        + initialBackoff()
        + ", max="
        + maxBackoff()
        + ", multiplier="
        + multiplier()
        + ", jitter="
        + jitter()
        + ", maxAttempts="
        + (maxAttempts().isPresent() ? String.valueOf(maxAttempts().getAsInt()) : "unlimited")
        + ", giveUpAfter="
        + giveUpAfter().map(Duration::toString).orElse("never")
        + "}";
  }

  /**
   * Builds a {@link ReconnectPolicy}; unset values take their defaults, and {@link #build()} throws
   * {@link IllegalArgumentException} naming the first invalid setting.
   */
  public static final class Builder extends ImmutableReconnectPolicy.Builder {
    Builder() {}
  }
}

package org.csta4j.session;

import java.time.Duration;
import java.util.function.DoubleSupplier;
import org.csta4j.session.internal.Args;

/**
 * When to try reconnecting after a loss: the first retry at once, then exponential backoff with
 * jitter up to a cap, and optionally giving up after a number of attempts or a time.
 *
 * <p>Attempt 1 runs immediately; attempt {@code n > 1} waits {@code min(max, initial *
 * multiplier^(n-2))}, spread by {@code ±jitter} of itself so that many clients that lost the same
 * gateway do not come back in step.
 */
public final class ReconnectPolicy {
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final double multiplier;
  private final double jitter;
  private final int maxAttempts;
  private final Duration giveUpAfter;

  private ReconnectPolicy(Builder b) {
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.multiplier = b.multiplier;
    this.jitter = b.jitter;
    this.maxAttempts = b.maxAttempts;
    this.giveUpAfter = b.giveUpAfter;
  }

  /** 250 ms, doubling, capped at 30 s, ±20 % jitter, never giving up. */
  public static ReconnectPolicy defaults() {
    return builder().build();
  }

  /** Never reconnect: a loss closes the session. */
  public static ReconnectPolicy never() {
    return builder().maxAttempts(0).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The wait before attempt {@code attempt} (1-based).
   *
   * @param random a source of numbers in {@code [0, 1)} for the jitter
   */
  public Duration delayBefore(int attempt, DoubleSupplier random) {
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt: must be at least 1 but is " + attempt);
    }
    if (attempt == 1) {
      return Duration.ZERO;
    }
    double base = initialBackoff.toNanos() * Math.pow(multiplier, attempt - 2.0);
    double capped = Math.min(base, (double) maxBackoff.toNanos());
    double spread = capped * (1 - jitter + 2 * jitter * random.getAsDouble());
    return Duration.ofNanos((long) Math.min(spread, (double) maxBackoff.toNanos()));
  }

  /** Whether to stop after {@code attemptsMade} failed attempts, {@code elapsed} after the loss. */
  public boolean giveUp(int attemptsMade, Duration elapsed) {
    if (maxAttempts >= 0 && attemptsMade >= maxAttempts) {
      return true;
    }
    return !giveUpAfter.isZero() && elapsed.compareTo(giveUpAfter) >= 0;
  }

  public Duration initialBackoff() {
    return initialBackoff;
  }

  public Duration maxBackoff() {
    return maxBackoff;
  }

  @Override
  public String toString() {
    return "ReconnectPolicy{initial="
        + initialBackoff
        + ", max="
        + maxBackoff
        + ", multiplier="
        + multiplier
        + ", jitter="
        + jitter
        + ", maxAttempts="
        + (maxAttempts < 0 ? "unlimited" : maxAttempts)
        + ", giveUpAfter="
        + (giveUpAfter.isZero() ? "never" : giveUpAfter)
        + "}";
  }

  /** Builds a {@link ReconnectPolicy}. */
  public static final class Builder {
    private Duration initialBackoff = Duration.ofMillis(250);
    private Duration maxBackoff = Duration.ofSeconds(30);
    private double multiplier = 2;
    private double jitter = 0.2;
    private int maxAttempts = -1;
    private Duration giveUpAfter = Duration.ZERO;

    private Builder() {}

    /** The wait before the second attempt (the first is immediate). */
    public Builder initialBackoff(Duration d) {
      this.initialBackoff = Args.positive("initialBackoff", d);
      return this;
    }

    /** The longest wait between attempts. */
    public Builder maxBackoff(Duration d) {
      this.maxBackoff = Args.positive("maxBackoff", d);
      return this;
    }

    /** The growth of the wait per attempt; at least 1. */
    public Builder multiplier(double m) {
      if (!(m >= 1) || Double.isInfinite(m)) {
        throw new IllegalArgumentException("multiplier: must be at least 1 but is " + m);
      }
      this.multiplier = m;
      return this;
    }

    /** The spread of each wait, a fraction in {@code [0, 1]}. */
    public Builder jitter(double fraction) {
      if (!(fraction >= 0 && fraction <= 1)) {
        throw new IllegalArgumentException("jitter: must be in [0, 1] but is " + fraction);
      }
      this.jitter = fraction;
      return this;
    }

    /** Gives up after this many failed attempts (0 = never reconnect). */
    public Builder maxAttempts(int attempts) {
      if (attempts < 0) {
        throw new IllegalArgumentException("maxAttempts: must not be negative but is " + attempts);
      }
      this.maxAttempts = attempts;
      return this;
    }

    /** Gives up when an attempt fails this long after the loss. */
    public Builder giveUpAfter(Duration d) {
      this.giveUpAfter = Args.positive("giveUpAfter", d);
      return this;
    }

    public ReconnectPolicy build() {
      if (maxBackoff.compareTo(initialBackoff) < 0) {
        throw new IllegalArgumentException(
            "maxBackoff: " + maxBackoff + " is shorter than initialBackoff " + initialBackoff);
      }
      return new ReconnectPolicy(this);
    }
  }
}

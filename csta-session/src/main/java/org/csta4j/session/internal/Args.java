package org.csta4j.session.internal;

import java.time.Duration;
import java.util.Objects;

/**
 * The argument checks the session's builders and configuration share, each error naming the
 * setting.
 */
public final class Args {
  private Args() {}

  public static String nonBlank(String name, String value) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + ": must not be blank");
    }
    return value;
  }

  public static Duration positive(String name, Duration d) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + ": must be positive but is " + d);
    }
    return d;
  }

  public static int atLeastOne(String name, int n) {
    if (n < 1) {
      throw new IllegalArgumentException(name + ": must be positive but is " + n);
    }
    return n;
  }
}

package org.csta4j.session;

import java.time.Duration;
import java.util.Objects;

/** The checks the builders of this package share, each error naming the setting. */
final class Args {
  private Args() {}

  static String nonBlank(String name, String value) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + ": must not be blank");
    }
    return value;
  }

  static Duration positive(String name, Duration d) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + ": must be positive but is " + d);
    }
    return d;
  }
}

package org.csta4j.model.internal;

import java.time.Duration;
import java.util.Objects;

/** Argument checks whose failures name the argument, shared by every module's builders. */
public final class Checks {
  private Checks() {}

  /**
   * Returns {@code value} if it is neither null nor blank.
   *
   * @throws NullPointerException naming {@code name} if {@code value} is null
   * @throws IllegalArgumentException naming {@code name} if {@code value} is blank
   */
  public static String nonBlank(String name, String value) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + ": must not be blank");
    }
    return value;
  }

  /**
   * Returns {@code d} if it is longer than zero.
   *
   * @throws NullPointerException naming {@code name} if {@code d} is null
   * @throws IllegalArgumentException naming {@code name} and the value if {@code d} is zero or
   *     negative
   */
  public static Duration positive(String name, Duration d) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + ": must be positive but is " + d);
    }
    return d;
  }

  /**
   * Returns {@code d} if it is zero or longer.
   *
   * @throws NullPointerException naming {@code name} if {@code d} is null
   * @throws IllegalArgumentException naming {@code name} and the value if {@code d} is negative
   */
  public static Duration notNegative(String name, Duration d) {
    Objects.requireNonNull(d, name);
    if (d.isNegative()) {
      throw new IllegalArgumentException(name + ": must not be negative but is " + d);
    }
    return d;
  }

  /**
   * Returns {@code n} if it is 1 or more.
   *
   * @throws IllegalArgumentException naming {@code name} and the value otherwise
   */
  public static int positive(String name, int n) {
    if (n < 1) {
      throw new IllegalArgumentException(name + ": must be positive but is " + n);
    }
    return n;
  }

  /**
   * Returns {@code n} if it is 1 or more.
   *
   * @throws IllegalArgumentException naming {@code name} and the value otherwise
   */
  public static long positive(String name, long n) {
    if (n < 1) {
      throw new IllegalArgumentException(name + ": must be positive but is " + n);
    }
    return n;
  }
}

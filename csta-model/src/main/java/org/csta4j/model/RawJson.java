package org.csta4j.model;

import org.csta4j.model.internal.Checks;

/**
 * A JSON value the model does not interpret, kept verbatim so that it can be read by the caller and
 * re-emitted unchanged. The model never parses it; a codec produces and consumes it.
 */
public final class RawJson {
  private final String text;

  private RawJson(String text) {
    this.text = text;
  }

  /**
   * Wraps JSON text as it appeared on the wire; the text is not parsed.
   *
   * @param text the JSON text
   * @return the raw value
   * @throws IllegalArgumentException if {@code text} is blank
   */
  public static RawJson of(String text) {
    return new RawJson(Checks.nonBlank("text", text));
  }

  /** {@return the JSON text of this value, e.g. {@code 3}, {@code "x"} or {@code {"a":1}}} */
  public String text() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RawJson other && other.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}

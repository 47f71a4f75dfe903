package org.csta4j.model;

import java.util.Map;
import java.util.Optional;
import org.csta4j.model.internal.Checks;
import org.immutables.value.Value;

/**
 * The positive answer to a {@link RawRequest}: the method it answers and the gateway's result
 * verbatim. Like the request, it is not interpreted: {@link #privateData()} and {@link
 * #unknownFields()} are always empty and anything the gateway sent is in {@link #payload()}.
 */
@Value.Immutable
public interface RawResponse extends CstaResponse {
  /** {@return the hub method this answers, as the request named it} */
  String method();

  /**
   * {@return the result as JSON (any JSON value); empty when the gateway's result was null or
   * absent}
   */
  Optional<RawJson> payload();

  /** Always empty: a raw response's private data is part of its {@link #payload()}. */
  @Override
  default Optional<PrivateData> privateData() {
    return Optional.empty();
  }

  /** Always empty: every field of a raw response is in its {@link #payload()}. */
  @Override
  default Map<String, RawJson> unknownFields() {
    return Map.of();
  }

  /**
   * Checked when the value is built; not for callers.
   *
   * @throws IllegalArgumentException with a message that starts with the field name if the method
   *     is blank
   */
  @Value.Check
  default void check() {
    Checks.nonBlank("method", method());
  }

  /**
   * The answer to {@code method} with this result.
   *
   * @param method the hub method answered
   * @param payload the result, any JSON value
   * @return the response
   * @throws IllegalArgumentException if {@code method} is blank
   */
  static RawResponse of(String method, RawJson payload) {
    return builder().method(method).payload(payload).build();
  }

  /**
   * The answer to {@code method} with a null or absent result.
   *
   * @param method the hub method answered
   * @return the response, with an empty {@link #payload()}
   * @throws IllegalArgumentException if {@code method} is blank
   */
  static RawResponse empty(String method) {
    return builder().method(method).build();
  }

  /**
   * {@return a new, empty builder of {@link RawResponse}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset and {@link
   * IllegalArgumentException}, its message starting with the field's name, if the values break an
   * invariant.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RawResponse}. */
  class Builder extends ImmutableRawResponse.Builder {}
}

package org.csta4j.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.csta4j.model.internal.Checks;
import org.immutables.value.Value;

/**
 * The escape hatch for a hub method the model does not know: a method name and its JSON argument,
 * sent as given. The gateway's answer is a {@link RawResponse} carrying the result verbatim, or a
 * {@link CstaFailure} when the result is a {@code CSTAErrorCode}.
 *
 * <p>The payload is the whole message: any {@code privateData} belongs in it, so {@link
 * #privateData()} and {@link #unknownFields()} are always empty. A transport that stamps a request
 * id adds {@code privateData} only when the payload has none. The payload is checked to be a JSON
 * object by its first character only; a codec rejects malformed JSON when it writes it. It is
 * masked in {@code toString()}, since a raw payload may carry credentials.
 */
@Value.Immutable
public interface RawRequest extends CstaRequest<RawResponse> {
  /** {@return the hub method name, e.g. {@code "ParkCall"}: letters, digits and underscores} */
  String method();

  /** {@return the method's argument: a JSON object, written as it is} */
  @Value.Redacted
  RawJson payload();

  /** Always empty: a raw request's private data is part of its {@link #payload()}. */
  @Override
  default Optional<PrivateData> privateData() {
    return Optional.empty();
  }

  /** Always empty: every field of a raw request is in its {@link #payload()}. */
  @Override
  default Map<String, RawJson> unknownFields() {
    return Map.of();
  }

  /**
   * Checked when the value is built; not for callers.
   *
   * @throws IllegalArgumentException with a message that starts with the field name if the method
   *     is not a hub method name or the payload is not a JSON object
   */
  @Value.Check
  default void check() {
    checkMethod(method());
    if (!payload().text().trim().startsWith("{")) {
      throw notAnObject();
    }
  }

  /**
   * A request to {@code method} with this JSON object as its argument.
   *
   * @param method the hub method name: letters, digits and underscores
   * @param jsonObject the argument, a JSON object sent as it is
   * @return the request
   * @throws IllegalArgumentException if {@code method} is not a hub method name or {@code
   *     jsonObject} does not start with an opening brace
   */
  static RawRequest of(String method, String jsonObject) {
    Objects.requireNonNull(jsonObject, "jsonObject");
    if (jsonObject.isBlank()) {
      throw notAnObject();
    }
    return builder().method(method).payload(RawJson.of(jsonObject)).build();
  }

  /**
   * {@return a new, empty builder of {@link RawRequest}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset and {@link
   * IllegalArgumentException}, its message starting with the field's name, if the values break an
   * invariant.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RawRequest}. */
  class Builder extends ImmutableRawRequest.Builder {}

  private static IllegalArgumentException notAnObject() {
    return new IllegalArgumentException("payload: must be a JSON object, starting with '{'");
  }

  private static void checkMethod(String method) {
    Checks.nonBlank("method", method);
    for (int i = 0; i < method.length(); i++) {
      char c = method.charAt(i);
      boolean valid = c == '_' || (i == 0 ? Character.isLetter(c) : Character.isLetterOrDigit(c));
      if (!valid) {
        throw new IllegalArgumentException(
            "method: '" + method + "' is not a hub method name (letters, digits and underscores)");
      }
    }
  }
}

package org.csta4j.json;

import java.util.Objects;
import java.util.Optional;
import org.csta4j.model.CstaFailure;
import org.csta4j.model.CstaRequest;
import org.csta4j.model.CstaResponse;
import org.jspecify.annotations.Nullable;

/**
 * A hub method of the gateway: its name, the request it takes, the positive response it returns
 * and, for ECMA-354 session services, its negative response type. Every method may also fail with a
 * {@link org.csta4j.model.UniversalFailure}. Instances come from {@link CstaMessageRegistry}; they
 * are immutable, and equal when their names are.
 */
public final class HubMethod {
  private final String name;
  private final Class<? extends CstaRequest<?>> requestType;
  private final Class<? extends CstaResponse> responseType;
  private final Optional<Class<? extends CstaFailure>> negativeResponseType;

  HubMethod(
      String name,
      Class<? extends CstaRequest<?>> requestType,
      Class<? extends CstaResponse> responseType,
      Optional<Class<? extends CstaFailure>> negativeResponseType) {
    this.name = name;
    this.requestType = requestType;
    this.responseType = responseType;
    this.negativeResponseType = negativeResponseType;
  }

  /** {@return the SignalR method name as the gateway spells it, e.g. {@code "MakeCall"}} */
  public String name() {
    return name;
  }

  /** {@return the model interface of the request this method takes, e.g. {@code MakeCall}} */
  public Class<? extends CstaRequest<?>> requestType() {
    return requestType;
  }

  /** {@return the model interface of the positive response, e.g. {@code MakeCallResponse}} */
  public Class<? extends CstaResponse> responseType() {
    return responseType;
  }

  /**
   * {@return the ECMA-354 negative response type; empty for CSTA services, which fail with {@code
   * CSTAErrorCode} only}
   */
  public Optional<Class<? extends CstaFailure>> negativeResponseType() {
    return negativeResponseType;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof HubMethod m && m.name.equals(name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name);
  }

  @Override
  public String toString() {
    return name + "(" + requestType.getSimpleName() + ") -> " + responseType.getSimpleName();
  }
}

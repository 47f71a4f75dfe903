package org.csta4j.json;

import java.util.Optional;
import org.csta4j.model.CstaFailure;
import org.csta4j.model.CstaRequest;
import org.csta4j.model.CstaResponse;
import org.csta4j.model.internal.CstaStyle;
import org.immutables.value.Value;

/**
 * A hub method of the gateway: its name, the request it takes, the positive response it returns
 * and, for ECMA-354 session services, its negative response type. Every method may also fail with a
 * {@link org.csta4j.model.UniversalFailure}. Instances come from {@link CstaMessageRegistry}; they
 * are immutable values, equal when all four attributes are.
 */
@Value.Immutable
@CstaStyle
public abstract class HubMethod {
  /** Only the generated implementation extends this; the registry makes the instances. */
  HubMethod() {}

  static HubMethod of(
      String name,
      Class<? extends CstaRequest<?>> requestType,
      Class<? extends CstaResponse> responseType,
      Optional<? extends Class<? extends CstaFailure>> negativeResponseType) {
    return ImmutableHubMethod.of(name, requestType, responseType, negativeResponseType);
  }

  /** {@return the SignalR method name as the gateway spells it, e.g. {@code "MakeCall"}} */
  @Value.Parameter
  public abstract String name();

  /** {@return the model interface of the request this method takes, e.g. {@code MakeCall}} */
  @Value.Parameter
  public abstract Class<? extends CstaRequest<?>> requestType();

  /** {@return the model interface of the positive response, e.g. {@code MakeCallResponse}} */
  @Value.Parameter
  public abstract Class<? extends CstaResponse> responseType();

  /**
   * {@return the ECMA-354 negative response type; empty for CSTA services, which fail with {@code
   * CSTAErrorCode} only}
   */
  @Value.Parameter
  public abstract Optional<Class<? extends CstaFailure>> negativeResponseType();

  /** {@return the method and its types, e.g. {@code MakeCall(MakeCall) -> MakeCallResponse}} */
  @Override
  public String toString() {
    return name() + "(" + requestType().getSimpleName() + ") -> " + responseType().getSimpleName();
  }
}

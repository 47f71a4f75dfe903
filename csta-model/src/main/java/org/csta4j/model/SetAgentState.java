package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Logs an ACD agent on or off at a device, or changes its work state. */
@Value.Immutable
public interface SetAgentState extends CstaRequest<SetAgentStateResponse> {
  /** {@return the device the agent works at} */
  DeviceId device();

  /**
   * {@return the state to enter, e.g. {@link RequestedAgentState#LOGGED_ON} or {@link
   * RequestedAgentState#READY}}
   */
  RequestedAgentState requestedAgentState();

  /** {@return the agent's id, for switches where agents log on with one; empty sends none} */
  Optional<String> agentId();

  /** {@return the agent's password for log-on; empty sends none; masked in {@code toString()}} */
  @Value.Redacted
  Optional<String> password();

  /**
   * {@return the ACD group the request applies to; empty applies it to the agent's groups as the
   * switch decides}
   */
  Optional<DeviceId> group();

  /**
   * Asks for {@code state} for the agent at {@code device}.
   *
   * @param device the agent's device
   * @param state the state to enter
   * @return the request
   * @throws IllegalArgumentException if a device id is blank
   */
  static SetAgentState of(String device, RequestedAgentState state) {
    return builder().device(DeviceId.of(device)).requestedAgentState(state).build();
  }

  /**
   * {@return a new, empty builder of {@link SetAgentState}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SetAgentState}. */
  class Builder extends ImmutableSetAgentState.Builder {}
}

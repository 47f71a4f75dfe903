package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Logs an ACD agent on or off at a device, or changes its work state. */
@Value.Immutable
public interface SetAgentState extends CstaRequest<SetAgentStateResponse> {
  /** The agent's device. */
  DeviceId device();

  RequestedAgentState requestedAgentState();

  Optional<String> agentId();

  /** The agent's password for log-on; masked in {@code toString()}. */
  @Value.Redacted
  Optional<String> password();

  /** The ACD group the request applies to. */
  Optional<DeviceId> group();

  /** Asks for {@code state} for the agent at {@code device}. */
  static SetAgentState of(String device, RequestedAgentState state) {
    return builder().device(DeviceId.of(device)).requestedAgentState(state).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SetAgentState}. */
  class Builder extends ImmutableSetAgentState.Builder {}
}

package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code logicalDeviceFeature} group of a {@link MonitorFilter} (schema {@code
 * LogicalDeviceFeatureEvents}): logical device feature events (agent state, do not disturb,
 * forwarding, ...). A flag set to {@code true} filters that event <em>out</em>; absent or {@code
 * false} lets it through.
 */
@Value.Immutable
public interface LogicalDeviceFeatureFilter extends Extensible {
  /**
   * {@return whether AgentBusy events are filtered out: {@code true} suppresses them, {@code false}
   * or empty reports them}
   */
  Optional<Boolean> agentBusy();

  /**
   * {@return whether AgentLoggedOn events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them}
   */
  Optional<Boolean> agentLoggedOn();

  /**
   * {@return whether AgentLoggedOff events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them}
   */
  Optional<Boolean> agentLoggedOff();

  /**
   * {@return whether AgentNotReady events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them}
   */
  Optional<Boolean> agentNotReady();

  /**
   * {@return whether AgentReady events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them}
   */
  Optional<Boolean> agentReady();

  /**
   * {@return whether AgentWorkingAfterCall events are filtered out: {@code true} suppresses them,
   * {@code false} or empty reports them}
   */
  Optional<Boolean> agentWorkingAfterCall();

  /**
   * {@return whether AutoAnswer events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them}
   */
  Optional<Boolean> autoAnswer();

  /**
   * {@return whether AutoWorkMode events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them}
   */
  Optional<Boolean> autoWorkMode();

  /**
   * {@return whether CallBack events are filtered out: {@code true} suppresses them, {@code false}
   * or empty reports them}
   */
  Optional<Boolean> callBack();

  /**
   * {@return whether CallBackMessage events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them}
   */
  Optional<Boolean> callBackMessage();

  /**
   * {@return whether CallerIDStatus events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them} The wire name is {@code callerIDStatus}.
   */
  Optional<Boolean> callerIdStatus();

  /**
   * {@return whether DoNotDisturb events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them}
   */
  Optional<Boolean> doNotDisturb();

  /**
   * {@return whether Forwarding events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them}
   */
  Optional<Boolean> forwarding();

  /**
   * {@return whether PresenceState events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them}
   */
  Optional<Boolean> presenceState();

  /**
   * {@return whether RouteingMode events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them}
   */
  Optional<Boolean> routeingMode();

  /**
   * {@return a new, empty builder of {@link LogicalDeviceFeatureFilter}} Setters reject null with a
   * {@link NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LogicalDeviceFeatureFilter}. */
  class Builder extends ImmutableLogicalDeviceFeatureFilter.Builder {}
}

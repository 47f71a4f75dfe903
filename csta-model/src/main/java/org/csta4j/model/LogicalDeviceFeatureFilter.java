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
  Optional<Boolean> agentBusy();

  Optional<Boolean> agentLoggedOn();

  Optional<Boolean> agentLoggedOff();

  Optional<Boolean> agentNotReady();

  Optional<Boolean> agentReady();

  Optional<Boolean> agentWorkingAfterCall();

  Optional<Boolean> autoAnswer();

  Optional<Boolean> autoWorkMode();

  Optional<Boolean> callBack();

  Optional<Boolean> callBackMessage();

  /** {@code true} suppresses CallerIDStatus events (wire name {@code callerIDStatus}). */
  Optional<Boolean> callerIdStatus();

  Optional<Boolean> doNotDisturb();

  Optional<Boolean> forwarding();

  Optional<Boolean> presenceState();

  Optional<Boolean> routeingMode();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LogicalDeviceFeatureFilter}. */
  class Builder extends ImmutableLogicalDeviceFeatureFilter.Builder {}
}

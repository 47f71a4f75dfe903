package org.csta4j.simulator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.csta4j.model.GetAgentState;
import org.csta4j.model.GetDoNotDisturb;
import org.csta4j.model.GetDoNotDisturbResponse;
import org.csta4j.model.MakeCall;
import org.csta4j.model.StopApplicationSession;
import org.csta4j.model.StopApplicationSessionPosResponse;
import org.junit.jupiter.api.Test;

class ServiceTableTest {
  @Test
  void findsEachRegisteredTypeWithItsLoginRuleAndNothingElse() {
    ServiceTable table =
        new ServiceTable()
            .beforeLogin(
                StopApplicationSession.class, (r, s) -> StopApplicationSessionPosResponse.of())
            .afterLogin(
                GetDoNotDisturb.class,
                (r, s) -> GetDoNotDisturbResponse.builder().doNotDisturbOn(true).build());

    assertThat(table.find(StopApplicationSession.class))
        .extracting(ServiceTable.Service::needsLogin)
        .isEqualTo(false);
    assertThat(table.find(GetDoNotDisturb.class))
        .extracting(ServiceTable.Service::needsLogin)
        .isEqualTo(true);
    assertThat(table.find(GetAgentState.class)).isNull();
    assertThat(table.find(MakeCall.class)).isNull();
  }

  @Test
  void aTypeRegisteredTwiceIsAnError() {
    ServiceTable table =
        new ServiceTable().afterLogin(MakeCall.class, CallControlServices::makeCall);

    assertThatThrownBy(() -> table.beforeLogin(MakeCall.class, CallControlServices::makeCall))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("MakeCall is registered twice");
  }
}

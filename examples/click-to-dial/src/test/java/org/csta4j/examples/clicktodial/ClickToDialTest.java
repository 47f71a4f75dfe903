package org.csta4j.examples.clicktodial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.csta4j.model.ConnectionId;
import org.csta4j.simulator.CstaSimulator;
import org.junit.jupiter.api.Test;

/** Against an embedded gateway on a free port: a click rings the customer, a hang-up ends it. */
class ClickToDialTest {
  @Test
  void aClickRingsTheCustomerAndHangingUpEndsTheCall() throws Exception {
    try (CstaSimulator gateway =
            CstaSimulator.builder()
                .user("crm", "s3cret", "pbx.example")
                .device("100")
                .device("101")
                .start();
        ClickToDial dialer =
            ClickToDial.connect(gateway.hubUrl(), "crm", "s3cret".toCharArray(), "pbx.example")) {
      String callId = dialer.dial("100", "101");

      List<ConnectionId> atCustomer = gateway.pbx().connections("101");
      assertEquals(1, atCustomer.size());
      assertEquals(callId, atCustomer.get(0).callId().orElseThrow());

      dialer.hangUp("100", callId);
      assertTrue(gateway.pbx().connections("101").isEmpty());
      assertEquals(0, gateway.pbx().activeCallCount());
    }
  }
}

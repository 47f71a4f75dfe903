package org.csta4j.examples.clicktodial;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
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

  /**
   * slf4j-simple writes to whatever {@code System.err} is when it logs, so the lines of one connect
   * and close can be caught: the official client's INFO lines are kept out by the example's
   * simplelogger.properties, as the README says.
   */
  @Test
  void aConnectAndACloseLogNothingAtInfoFromTheSignalRClient() throws Exception {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream stderr = System.err;
    try (CstaSimulator gateway =
        CstaSimulator.builder().user("crm", "s3cret", "pbx.example").device("100").start()) {
      System.setErr(new PrintStream(log, true, UTF_8));
      try (ClickToDial dialer =
          ClickToDial.connect(gateway.hubUrl(), "crm", "s3cret".toCharArray(), "pbx.example")) {
        // connected and logged in; the close below logs out
      } finally {
        System.setErr(stderr);
      }
    }
    String text = log.toString(UTF_8);
    assertFalse(text.contains("INFO com.microsoft.signalr"), text);
    assertFalse(text.contains("s3cret"), text);
  }
}

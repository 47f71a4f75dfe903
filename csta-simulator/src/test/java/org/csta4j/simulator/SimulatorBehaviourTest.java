package org.csta4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.csta4j.json.CstaCodec;
import org.csta4j.json.JsonDialect;
import org.csta4j.model.DeliveredEvent;
import org.csta4j.model.LocalConnectionState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What monitored clients see of the simulated PBX, over real sockets with the official client. */
class SimulatorBehaviourTest {
  private static CstaSimulator.Builder base() {
    return CstaSimulator.demo().autoAnswerDelay(Duration.ofMillis(30));
  }

  static List<JsonDialect> dialects() {
    return List.of(
        JsonDialect.UNITEL,
        JsonDialect.CAMEL_XML_IDS,
        JsonDialect.CAMEL_FLAT_DEVICES,
        JsonDialect.PASCAL_NUMERIC);
  }

  /**
   * The delivered event at the called device, as the dialect writes it, and as our codec reads it.
   */
  @ParameterizedTest
  @MethodSource("dialects")
  void eventsAreWrittenInTheConfiguredDialect(JsonDialect dialect) throws Exception {
    try (CstaSimulator sim = base().dialect(dialect).start();
        OfficialJavaClient client =
            new OfficialJavaClient(sim.hubUrl(), Duration.ofSeconds(10)).start()) {
      client.login("demo", "demo", "demo.local");
      JsonObject monitor =
          client.invoke("MonitorStart", "{\"monitorObject\":{\"deviceObject\":\"101\"}}");
      String xref =
          monitor.has("monitorCrossRefID")
              ? monitor.get("monitorCrossRefID").getAsString()
              : monitor.has("monitorCrossRefId")
                  ? monitor.get("monitorCrossRefId").getAsString()
                  : monitor.get("MonitorCrossRefID").getAsString();
      client.invoke("MakeCall", "{\"callingDevice\":\"100\",\"calledDirectoryNumber\":\"101\"}");

      JsonObject json = client.await("Delivered").getValue();
      String raw = json.toString();
      switch (dialect.keyCase()) {
        case PASCAL -> {
          assertThat(json.keySet()).contains("MonitorCrossRefID", "AlertingDevice");
          assertThat(json.get("LocalConnectionInfo").getAsInt())
              .isEqualTo(LocalConnectionState.ALERTING.code());
        }
        default -> {
          assertThat(json.keySet())
              .contains(
                  dialect.idSpelling() == JsonDialect.IdSpelling.ID_XML
                      ? "monitorCrossRefID"
                      : "monitorCrossRefId");
          assertThat(json.get("localConnectionInfo").getAsString()).isEqualTo("alerting");
        }
      }
      if (dialect.deviceForm() == JsonDialect.DeviceForm.FLAT) {
        assertThat(json.get("alertingDevice").getAsString()).isEqualTo("101");
      }

      DeliveredEvent event =
          (DeliveredEvent)
              CstaCodec.create().decodeEvent("Delivered", raw.getBytes(StandardCharsets.UTF_8));
      assertThat(event.monitorCrossRefId()).isEqualTo(xref);
      assertThat(event.alertingDevice().deviceIdentifier().orElseThrow().value()).isEqualTo("101");
      assertThat(event.localConnectionInfo()).contains(LocalConnectionState.ALERTING);
    }
  }

  @Test
  void eventsGoOnlyToTheMonitorsOfTheDeviceWithTheirCrossReference() throws Exception {
    try (CstaSimulator sim = base().start();
        OfficialJavaClient a =
            new OfficialJavaClient(sim.hubUrl(), Duration.ofSeconds(10)).start();
        OfficialJavaClient b =
            new OfficialJavaClient(sim.hubUrl(), Duration.ofSeconds(10)).start()) {
      a.login("demo", "demo", "demo.local");
      b.login("demo", "demo", "demo.local");
      String xrefA = a.monitor("100");
      String xrefB = b.monitor("102");

      a.invoke("MakeCall", "{\"callingDevice\":\"100\",\"calledDirectoryNumber\":\"101\"}");
      a.await("Established");
      // b's first event must be about its own device's call, not 100's
      b.invoke("MakeCall", "{\"callingDevice\":\"102\",\"calledDirectoryNumber\":\"200\"}");
      Map.Entry<String, JsonObject> first = b.events.poll(10, TimeUnit.SECONDS);
      assertThat(first).isNotNull();
      assertThat(first.getValue().get("monitorCrossRefID").getAsString()).isEqualTo(xrefB);
      assertThat(first.getKey()).isEqualTo("ServiceInitiated");

      List<Map.Entry<String, JsonObject>> seenByA = new ArrayList<>();
      a.events.drainTo(seenByA);
      assertThat(seenByA)
          .allSatisfy(
              e ->
                  assertThat(e.getValue().get("monitorCrossRefID").getAsString()).isEqualTo(xrefA));
    }
  }

  @Test
  void callSequenceAtTheCallerIsInEcma269Order() throws Exception {
    try (CstaSimulator sim = base().start();
        OfficialJavaClient c =
            new OfficialJavaClient(sim.hubUrl(), Duration.ofSeconds(10)).start()) {
      c.login("demo", "demo", "demo.local");
      c.monitor("100");
      c.invoke("MakeCall", "{\"callingDevice\":\"100\",\"calledDirectoryNumber\":\"101\"}");
      List<String> names = new ArrayList<>();
      for (String expected :
          List.of("ServiceInitiated", "Originated", "Delivered", "Established")) {
        Map.Entry<String, JsonObject> e = c.events.poll(10, TimeUnit.SECONDS);
        assertThat(e).as("waiting for " + expected + " after " + names).isNotNull();
        names.add(e.getKey());
      }
      assertThat(names)
          .containsExactly("ServiceInitiated", "Originated", "Delivered", "Established");
    }
  }

  @Test
  void sessionExpiresWithoutResetAndResetNeedsTheRightSession() throws Exception {
    try (CstaSimulator sim = base().start();
        OfficialJavaClient c =
            new OfficialJavaClient(sim.hubUrl(), Duration.ofSeconds(10)).start()) {
      JsonObject session =
          c.invoke(
              "StartApplicationSession",
              "{\"applicationInfo\":{\"applicationSpecificInfo\":{\"vendorData:userID\":\"demo\","
                  + "\"vendorData:password\":\"demo\",\"vendorData:pbxDomain\":\"demo.local\"}},"
                  + "\"requestedSessionDuration\":1}");
      String id = session.get("sessionID").getAsString();
      assertThat(
              c.invoke(
                      "ResetApplicationSessionTimer",
                      "{\"sessionID\":\"other\",\"requestedSessionDuration\":1}")
                  .getAsJsonObject("errorCode")
                  .get("definedError")
                  .getAsString())
          .isEqualTo("invalidSessionID");
      JsonObject terminated = c.await("ApplicationSessionTerminated").getValue();
      assertThat(terminated.get("sessionID").getAsString()).isEqualTo(id);
      assertThat(
              terminated
                  .getAsJsonObject("sessionTermReason")
                  .get("definedTermReason")
                  .getAsString())
          .isEqualTo("sessionTimerExpired");
      assertThat(sim.sessionCount()).isZero();
    }
  }

  @Test
  void trunkMonitorCoversEveryDevice() throws Exception {
    try (CstaSimulator sim = base().start();
        OfficialJavaClient c =
            new OfficialJavaClient(sim.hubUrl(), Duration.ofSeconds(10)).start()) {
      c.login("demo", "demo", "demo.local");
      JsonObject r = c.invoke("MonitorTrunk", "{\"monitorObject\":{\"deviceObject\":\"1\"}}");
      assertThat(r.getAsJsonObject("privateData").get("monitorCount").getAsInt()).isEqualTo(4);
      sim.pbx().incomingCall("22334455", "200");
      JsonObject delivered = c.await("Delivered").getValue();
      assertThat(delivered.getAsJsonObject("alertingDevice").get("deviceIdentifier").getAsString())
          .isEqualTo("200");
    }
  }

  @Test
  void scriptedCallsProduceTheEventsOfPeopleAtThePhones() throws Exception {
    try (CstaSimulator sim = base().start();
        OfficialJavaClient c =
            new OfficialJavaClient(sim.hubUrl(), Duration.ofSeconds(10)).start()) {
      c.login("demo", "demo", "demo.local");
      c.monitor("u-1-100");
      sim.pbx().setAutoAnswer("100", false);
      String callId = sim.pbx().incomingCall("22334455", "100");

      JsonObject delivered = c.await("Delivered").getValue();
      assertThat(delivered.getAsJsonObject("callingDevice").get("deviceIdentifier").getAsString())
          .isEqualTo("22334455");
      assertThat(delivered.getAsJsonObject("connection").get("callID").getAsString())
          .isEqualTo(callId);

      sim.pbx().answer("100");
      assertThat(c.await("Established").getValue().get("localConnectionInfo").getAsString())
          .isEqualTo("connected");
      sim.pbx().hangUp("100");
      c.await("ConnectionCleared");
      assertThat(sim.pbx().activeCallCount()).isZero();

      sim.pbx().setExternalBehaviour("555", SimulatedPbx.ExternalBehaviour.BUSY);
      c.invoke("MakeCall", "{\"callingDevice\":\"100\",\"calledDirectoryNumber\":\"555\"}");
      assertThat(c.await("Failed").getValue().get("cause").getAsString()).isEqualTo("busy");
    }
  }

  @Test
  void holdRetrieveAndSnapshot() throws Exception {
    try (CstaSimulator sim = base().start();
        OfficialJavaClient c =
            new OfficialJavaClient(sim.hubUrl(), Duration.ofSeconds(10)).start()) {
      c.login("demo", "demo", "demo.local");
      c.monitor("100");
      JsonObject made =
          c.invoke("MakeCall", "{\"callingDevice\":\"100\",\"calledDirectoryNumber\":\"101\"}");
      String conn = made.getAsJsonObject("callingDevice").toString();
      c.await("Established");
      c.invoke("HoldCall", "{\"callToBeHeld\":" + conn + "}");
      c.await("Held");
      JsonObject snapshot = c.invoke("SnapshotDevice", "{\"snapshotObject\":\"100\"}");
      assertThat(snapshot.toString()).contains("hold");
      c.invoke("RetrieveCall", "{\"callToBeRetrieved\":" + conn + "}");
      c.await("Retrieved");
      assertThat(c.invoke("SnapshotDevice", "{\"snapshotObject\":\"100\"}").toString())
          .contains("connected");
    }
  }
}

package org.csta4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.microsoft.signalr.HubConnectionState;
import com.microsoft.signalr.HubException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.csta4j.model.OperationError;
import org.csta4j.model.SessionError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The simulator as the official SignalR Java client 9.0.3 sees it: the vendor flow and every fault.
 */
class OfficialJavaClientTest {
  private CstaSimulator sim;
  private OfficialJavaClient client;

  @BeforeEach
  void start() {
    sim =
        CstaSimulator.demo()
            .keepAliveInterval(Duration.ofMillis(250))
            .clientTimeout(Duration.ofSeconds(5))
            .autoAnswerDelay(Duration.ofMillis(50))
            .start();
    client = new OfficialJavaClient(sim.hubUrl(), Duration.ofSeconds(3)).start();
  }

  @AfterEach
  void stop() {
    client.close();
    sim.close();
  }

  private static String callId(JsonObject connection) {
    return connection.get("callID").getAsString();
  }

  @Test
  void vendorFlowEndToEnd() throws Exception {
    JsonObject session = client.login("demo", "demo", "demo.local");
    assertThat(session.get("sessionID").getAsString()).isNotBlank();
    assertThat(session.get("actualSessionDuration").getAsInt()).isEqualTo(120);

    String xref100 = client.monitor("u-1-100");
    String xref101 = client.monitor("101");

    JsonObject made =
        client.invoke(
            "MakeCall",
            "{\"callingDevice\":\"100\",\"calledDirectoryNumber\":\"101\",\"privateData\":{\"requestId\":\"r-1\"}}");
    String callId = callId(made.getAsJsonObject("callingDevice"));
    assertThat(made.getAsJsonObject("privateData").get("requestID").getAsString()).isEqualTo("r-1");

    var delivered =
        client.await("Delivered", e -> e.get("monitorCrossRefID").getAsString().equals(xref101));
    assertThat(callId(delivered.getValue().getAsJsonObject("connection"))).isEqualTo(callId);
    assertThat(delivered.getValue().get("localConnectionInfo").getAsString()).isEqualTo("alerting");
    var established =
        client.await("Established", e -> e.get("monitorCrossRefID").getAsString().equals(xref100));
    assertThat(
            established
                .getValue()
                .getAsJsonObject("answeringDevice")
                .get("deviceIdentifier")
                .getAsString())
        .isEqualTo("101");

    JsonObject cleared =
        client.invoke(
            "ClearConnection",
            "{\"connectionToBeCleared\":{\"callId\":\""
                + callId
                + "\",\"deviceId\":\"100\"},"
                + "\"privateData\":{\"requestId\":\"request-clearconnection-"
                + callId
                + "\"}}");
    assertThat(cleared.getAsJsonObject("privateData").get("requestID").getAsString())
        .isEqualTo("request-clearconnection-" + callId);
    var connectionCleared =
        client.await(
            "ConnectionCleared", e -> e.get("monitorCrossRefID").getAsString().equals(xref101));
    assertThat(connectionCleared.getValue().get("cause").getAsString()).isEqualTo("normalClearing");
    assertThat(sim.pbx().activeCallCount()).isZero();
  }

  @Test
  void wrongCredentialsGetTheNegativeResponseAndTheConnectionStaysUp() {
    JsonObject refused = client.login("demo", "wrong", "demo.local");
    assertThat(refused.getAsJsonObject("errorCode").get("definedError").getAsString())
        .isEqualTo("invalidApplicationInfo");
    assertThat(client.login("demo", "demo", "demo.local").has("sessionID")).isTrue();
  }

  @Test
  void methodsBeforeLoginAndOnUnknownThingsFailWithCstaErrors() {
    JsonObject early =
        client.invoke("MonitorStart", "{\"monitorObject\":{\"deviceObject\":\"100\"}}");
    assertThat(early.getAsJsonObject("CSTAErrorCode").get("operation").getAsString())
        .isEqualTo("securityViolation");

    client.login("demo", "demo", "demo.local");
    JsonObject unknownDevice =
        client.invoke("MonitorStart", "{\"monitorObject\":{\"deviceObject\":\"u-1-999\"}}");
    assertThat(unknownDevice.getAsJsonObject("CSTAErrorCode").get("operation").getAsString())
        .isEqualTo("invalidDeviceID");
    JsonObject unknownCall =
        client.invoke("ClearConnection", "{\"connectionToBeCleared\":{\"callId\":\"77\"}}");
    assertThat(unknownCall.has("CSTAErrorCode")).isTrue();
    assertThat(client.hub.getConnectionState()).isEqualTo(HubConnectionState.CONNECTED);
  }

  @Test
  void aKnownServiceThatIsNotSimulatedIsRefusedAfterTheLoginCheck() {
    JsonObject early = client.invoke("GetAgentState", "{\"device\":\"100\"}");
    assertThat(early.getAsJsonObject("CSTAErrorCode").get("operation").getAsString())
        .isEqualTo("securityViolation");

    client.login("demo", "demo", "demo.local");
    JsonObject refused = client.invoke("GetAgentState", "{\"device\":\"100\"}");
    assertThat(refused.getAsJsonObject("CSTAErrorCode").get("operation").getAsString())
        .isEqualTo("serviceNotSupported");
    JsonObject served = client.invoke("GetDoNotDisturb", "{\"device\":\"100\"}");
    assertThat(served.has("CSTAErrorCode")).isFalse();
    assertThat(client.hub.getConnectionState()).isEqualTo(HubConnectionState.CONNECTED);
  }

  @Test
  void unknownMethodAndBadArgumentsAreHubErrors() {
    assertThatThrownBy(() -> client.invoke("BookAFlight", "{}"))
        .isInstanceOf(HubException.class)
        .hasMessageContaining("Unknown hub method 'BookAFlight'");
    assertThatThrownBy(() -> client.invoke("MakeCall", "{\"callingDevice\":{\"bogus\":1}}"))
        .isInstanceOf(HubException.class)
        .hasMessageContaining("InvalidDataException");
    assertThat(client.hub.getConnectionState()).isEqualTo(HubConnectionState.CONNECTED);
  }

  @Test
  void serverPingsKeepAnIdleConnectionAliveBeyondTheClientTimeout() throws Exception {
    // the client gives up after 3 s of silence; the server pings every 250 ms
    assertThatThrownBy(() -> client.closed.get(7, TimeUnit.SECONDS))
        .isInstanceOf(TimeoutException.class);
    assertThat(client.hub.getConnectionState()).isEqualTo(HubConnectionState.CONNECTED);
  }

  @Test
  void droppedConnectionIsAnErrorClose() throws Exception {
    assertThat(sim.faults().dropAllConnections()).isEqualTo(1);
    assertThat(client.closed.get(10, TimeUnit.SECONDS)).isNotNull();
    assertThat(sim.faultLog()).anyMatch(f -> f.fault().equals("drop-connection"));
  }

  @Test
  void cleanCloseIsACleanClose() throws Exception {
    assertThat(sim.faults().closeAllConnections()).isEqualTo(1);
    assertThat(client.closed.get(10, TimeUnit.SECONDS)).isNull();
    assertThat(sim.faultLog()).anyMatch(f -> f.fault().equals("close-connection"));
  }

  @Test
  void closeWithErrorReachesTheClientWithItsText() throws Exception {
    sim.faults().closeAllConnectionsWithError("maintenance window");
    assertThat(client.closed.get(10, TimeUnit.SECONDS)).hasMessageContaining("maintenance window");
    assertThat(sim.faultLog()).anyMatch(f -> f.fault().equals("close-with-error"));
  }

  @Test
  void halfOpenConnectionTimesOutAtTheClient() throws Exception {
    sim.faults().stopAnsweringPings();
    assertThat(client.closed.get(10, TimeUnit.SECONDS))
        .hasMessageContaining("Server timeout elapsed");
    assertThat(sim.faultLog()).anyMatch(f -> f.fault().equals("half-open"));
  }

  @Test
  void delayedAndFailedResponses() {
    client.login("demo", "demo", "demo.local");
    sim.faults().delayNextResponses(1, Duration.ofMillis(300));
    assertThat(client.invoke("GetDoNotDisturb", "{\"device\":\"100\"}").has("doNotDisturbOn"))
        .isTrue();
    assertThat(sim.faultLog())
        .anyMatch(
            f -> f.fault().equals("delay-response") && f.detail().contains("GetDoNotDisturb"));

    sim.faults().failNextResponses(1, "gateway overloaded");
    assertThatThrownBy(() -> client.invoke("GetDoNotDisturb", "{\"device\":\"100\"}"))
        .isInstanceOf(HubException.class)
        .hasMessageContaining("gateway overloaded");
    sim.faults().failNextResponses(1, OperationError.GENERIC);
    assertThat(
            client
                .invoke("GetDoNotDisturb", "{\"device\":\"100\"}")
                .getAsJsonObject("CSTAErrorCode")
                .get("operation")
                .getAsString())
        .isEqualTo("generic");
    assertThat(client.invoke("GetDoNotDisturb", "{\"device\":\"100\"}").has("doNotDisturbOn"))
        .isTrue();
  }

  @Test
  void expiredSessionIsAnnounced() throws Exception {
    JsonObject session = client.login("demo", "demo", "demo.local");
    assertThat(sim.faults().expireSessions()).isEqualTo(1);
    var terminated = client.await("ApplicationSessionTerminated");
    assertThat(terminated.getValue().get("sessionID").getAsString())
        .isEqualTo(session.get("sessionID").getAsString());
    assertThat(
            client
                .invoke("MonitorStart", "{\"monitorObject\":{\"deviceObject\":\"100\"}}")
                .has("CSTAErrorCode"))
        .isTrue();
  }

  @Test
  void rejectedLogins() {
    sim.faults().rejectLogins(SessionError.SERVER_RESOURCES_BUSY);
    assertThat(
            client
                .login("demo", "demo", "demo.local")
                .getAsJsonObject("errorCode")
                .get("definedError")
                .getAsString())
        .isEqualTo("serverResourcesBusy");
    sim.faults().acceptLogins();
    assertThat(client.login("demo", "demo", "demo.local").has("sessionID")).isTrue();
  }

  @Test
  void unknownEventArrivesAsAnInvocation() throws Exception {
    client.login("demo", "demo", "demo.local");
    assertThat(sim.faults().sendUnknownEvent("Parked", "{\"parkedAt\":\"700\"}")).isEqualTo(1);
    assertThat(client.await("Parked").getValue().get("parkedAt").getAsString()).isEqualTo("700");
  }

  @Test
  void malformedFrameBreaksTheOfficialClientAsARealServerWould() throws Exception {
    sim.faults().sendMalformedFrame();
    assertThat(client.closed.get(10, TimeUnit.SECONDS)).isNotNull();
    assertThat(sim.faultLog()).anyMatch(f -> f.fault().equals("malformed-frame"));
  }

  @Test
  void scheduledFaultFires() throws Exception {
    sim.faults().schedule(Duration.ofMillis(100), () -> sim.faults().dropAllConnections());
    assertThat(client.closed.get(10, TimeUnit.SECONDS)).isNotNull();
  }
}

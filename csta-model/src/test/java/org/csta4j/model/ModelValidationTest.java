package org.csta4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Mandatory fields and invariants are checked at construction, naming the field. */
class ModelValidationTest {
  @Test
  void missingMandatoryFieldIsNamed() {
    assertThatThrownBy(() -> MakeCall.builder().callingDevice(DeviceId.of("100")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("calledDirectoryNumber");
    assertThatThrownBy(() -> DeliveredEvent.builder().monitorCrossRefId("1").build())
        .hasMessageContaining("connection")
        .hasMessageContaining("cause");
  }

  @Test
  void blankDeviceIsRejectedNamingTheField() {
    assertThatThrownBy(() -> DeviceId.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("deviceId: must not be blank");
    assertThatThrownBy(() -> MakeCall.of("", "100")).hasMessageStartingWith("deviceId:");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose: the model must reject it
  void nullIsRejected() {
    assertThatThrownBy(() -> DeviceId.of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> MakeCall.builder().accountCode((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("accountCode");
  }

  @Test
  void choicesNeedExactlyOneAlternative() {
    assertThatThrownBy(() -> ConnectionId.builder().build())
        .hasMessage("connectionId: needs a callId or a deviceId");
    assertThatThrownBy(
            () ->
                CstaObject.builder()
                    .deviceObject(DeviceId.of("1"))
                    .callObject(ConnectionId.ofCall("2"))
                    .build())
        .hasMessageStartingWith("monitorObject:");
    assertThatThrownBy(
            () ->
                ExtendedDeviceId.builder()
                    .kind(ExtendedDeviceId.Kind.NOT_KNOWN)
                    .deviceIdentifier(DeviceId.of("1"))
                    .build())
        .hasMessageStartingWith("deviceIdentifier:");
    assertThatThrownBy(() -> SessionErrorCode.builder().build())
        .hasMessageStartingWith("errorCode:");
  }

  @Test
  void errorCodeValueMustBelongToItsCategory() {
    assertThatThrownBy(
            () ->
                CstaErrorCode.builder()
                    .category(ErrorCategory.SECURITY)
                    .value("invalidDeviceID")
                    .build())
        .hasMessage("value: 'invalidDeviceID' is not a security error");
    CstaErrorCode code =
        CstaErrorCode.of(SystemResourceAvailabilityError.OVERALL_MONITOR_LIMIT_EXCEEDED);
    assertThat(code.category().wireName()).isEqualTo("systemResourceAvailibility");
    assertThat(UniversalFailure.builder().cstaErrorCode(code).build().errorCategory())
        .isEqualTo("systemResourceAvailability");
    assertThat(ErrorCategory.fromName("systemResourceAvailibility"))
        .contains(ErrorCategory.SYSTEM_RESOURCE_AVAILABILITY);
    assertThat(ErrorCategory.fromName("SYSTEMRESOURCEAVAILABILITY"))
        .contains(ErrorCategory.SYSTEM_RESOURCE_AVAILABILITY);
  }

  @Test
  void passwordsNeverReachToString() {
    StartApplicationSession login =
        StartApplicationSession.of("alice", "s3cr3t-pw", "pbx.example", Duration.ofMinutes(2));
    SetAgentState agent =
        SetAgentState.builder()
            .from(SetAgentState.of("100", RequestedAgentState.LOGGED_ON))
            .password("agent-pin-42")
            .build();

    assertThat(login.toString()).contains("alice").doesNotContain("s3cr3t-pw");
    assertThat(agent.toString()).doesNotContain("agent-pin-42");
    assertThat(login.applicationInfo().applicationSpecificInfo().orElseThrow().password())
        .contains("s3cr3t-pw");
  }

  @Test
  void sessionDurationMustBePositive() {
    assertThatThrownBy(() -> StartApplicationSession.of("u", "p", "d", Duration.ZERO))
        .hasMessage("requestedSessionDuration: must be positive but is PT0S");
    assertThatThrownBy(() -> ResetApplicationSessionTimer.of("s-1", Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("requestedSessionDuration: must be positive but is PT-1S");
  }

  @Test
  void blankStringFieldsAreRejectedNamingTheField() {
    assertThatThrownBy(() -> GenerateDigits.of(ConnectionId.ofCall("4711"), " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("charactersToSend: must not be blank");
    assertThatThrownBy(() -> ResetApplicationSessionTimer.of("", Duration.ofMinutes(2)))
        .hasMessage("sessionId: must not be blank");
    assertThatThrownBy(() -> StopApplicationSession.of(" "))
        .hasMessage("sessionId: must not be blank");
    assertThatThrownBy(() -> ConnectionId.of(" ", "100")).hasMessage("callId: must not be blank");
  }

  @Test
  void requestsAreTypedWithTheirResponse() {
    CstaRequest<MakeCallResponse> typed = MakeCall.of("100", "200");
    CstaRequest<MonitorStartResponse> trunk = MonitorTrunk.trunk("1");
    assertThat(typed).isNotNull();
    assertThat(trunk).isNotNull();
  }

  @Test
  void shortFactoriesBuildTheCommonCase() {
    assertThat(MonitorStart.device("u-1-100").monitorObject().deviceObject())
        .contains(DeviceId.of("u-1-100"));
    assertThat(ConnectionId.of("4711", "100").deviceId()).contains(DeviceId.of("100"));
    assertThat(ClearConnection.of(ConnectionId.ofCall("4711")).connectionToBeCleared().callId())
        .contains("4711");
  }

  @Test
  void rawJsonIsNeverBlank() {
    assertThatThrownBy(() -> RawJson.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text: must not be blank");
    assertThat(RawJson.of("{}")).isEqualTo(RawJson.of("{}"));
  }

  @Test
  void rawRequestsNameAMethodAndCarryAJsonObject() {
    RawRequest park = RawRequest.of("Park_Call2", " {\"device\":\"100\"}");
    assertThat(park.method()).isEqualTo("Park_Call2");
    assertThat(park.payload()).isEqualTo(RawJson.of(" {\"device\":\"100\"}"));
    assertThat(park.privateData()).isEmpty();
    assertThat(park.unknownFields()).isEmpty();
    CstaRequest<RawResponse> typed = park;
    assertThat(typed).isNotNull();

    assertThatThrownBy(() -> RawRequest.of(" ", "{}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("method: must not be blank");
    for (String method : new String[] {"Park Call", "Park-Call", "1Park", "csta/Park"}) {
      assertThatThrownBy(() -> RawRequest.of(method, "{}"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("method: '" + method + "' is not a hub method name");
    }
    for (String payload : new String[] {"[1]", "\"x\"", "", "  ", "null"}) {
      assertThatThrownBy(() -> RawRequest.of("ParkCall", payload))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("payload: must be a JSON object, starting with '{'");
    }
    assertThatThrownBy(() -> RawRequest.builder().method("ParkCall").build())
        .hasMessageContaining("payload");
  }

  @Test
  void rawPayloadsNeverReachToString() {
    RawRequest login = RawRequest.of("Login", "{\"password\":\"s3cr3t-pw\"}");
    assertThat(login.toString()).contains("Login").doesNotContain("s3cr3t-pw");
  }

  @Test
  void rawResponsesMayHaveNoPayload() {
    assertThat(RawResponse.empty("ParkCall").payload()).isEmpty();
    assertThat(RawResponse.of("ParkCall", RawJson.of("3")).payload()).contains(RawJson.of("3"));
    assertThatThrownBy(() -> RawResponse.empty(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("method: must not be blank");
  }
}

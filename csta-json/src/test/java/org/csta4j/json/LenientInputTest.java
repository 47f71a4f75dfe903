package org.csta4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.csta4j.model.ApplicationSpecificInfo;
import org.csta4j.model.ClearConnectionResponse;
import org.csta4j.model.ConnectionId;
import org.csta4j.model.CstaFailureException;
import org.csta4j.model.CstaMessage;
import org.csta4j.model.DeliveredEvent;
import org.csta4j.model.ExtendedDeviceId;
import org.csta4j.model.LocalConnectionState;
import org.csta4j.model.MakeCallResponse;
import org.csta4j.model.PrivateData;
import org.csta4j.model.RawJson;
import org.csta4j.model.SnapshotDeviceResponse;
import org.csta4j.model.StartApplicationSession;
import org.csta4j.model.StartApplicationSessionPosResponse;
import org.junit.jupiter.api.Test;

/** Input a real gateway may send that the golden vectors do not show. */
class LenientInputTest {
  private final CstaCodec codec = CstaCodec.create();

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void nullOrEmptyResultIsTheEmptyResponse() {
    assertThat(codec.decodeResult("ClearConnection", utf8("null")))
        .isEqualTo(ClearConnectionResponse.of());
    assertThat(codec.decodeResult("ClearConnection", new byte[0]))
        .isEqualTo(ClearConnectionResponse.of());
  }

  @Test
  void numbersStringsAndNullsAreAcceptedWhereTheyMeanTheSame() {
    DeliveredEvent e =
        (DeliveredEvent)
            codec.decodeEvent(
                "deliveredevent",
                utf8(
                    "{\"MONITORCROSSREFID\":1001,\"connection\":{\"callid\":4711},"
                        + "\"alertingDevice\":{\"deviceIdentifier\":{\"value\":\"100\",\"typeOfNumber\":\"other\"}},"
                        + "\"callingDevice\":{\"notKnown\":null},\"calledDevice\":100,"
                        + "\"lastRedirectionDevice\":\"555\",\"localConnectionInfo\":\"3\","
                        + "\"cause\":\"NEWCALL\",\"userData\":null}"));

    assertThat(e.monitorCrossRefId()).isEqualTo("1001");
    assertThat(e.connection()).isEqualTo(ConnectionId.ofCall("4711"));
    assertThat(e.alertingDevice().deviceIdentifier().orElseThrow().unknownFields())
        .containsEntry("typeOfNumber", RawJson.of("\"other\""));
    assertThat(e.callingDevice()).isEqualTo(ExtendedDeviceId.notKnown());
    assertThat(e.calledDevice()).isEqualTo(ExtendedDeviceId.of("100"));
    assertThat(e.lastRedirectionDevice().numberDialed().orElseThrow().value()).isEqualTo("555");
    assertThat(e.localConnectionInfo()).contains(LocalConnectionState.CONNECTED);
    assertThat(e.userData()).isEmpty();
  }

  @Test
  void listWrapperElementsAreUnwrapped() {
    String json =
        "{\"crossRefIDorSnapshotData\":{\"snapshotData\":{\"snapshotDeviceResponseInfo\":["
            + "{\"connectionIdentifier\":{\"callID\":\"1\",\"deviceID\":\"100\"},"
            + "\"localCallState\":{\"compoundCallState\":{\"localConnectionState\":[\"connected\",\"hold\"]}}}]}}}";
    SnapshotDeviceResponse r =
        (SnapshotDeviceResponse) codec.decodeResult("SnapshotDevice", utf8(json));

    assertThat(r.snapshotData()).hasSize(1);
    assertThat(r.snapshotData().get(0).localCallState().compoundCallState())
        .containsExactly(LocalConnectionState.CONNECTED, LocalConnectionState.HOLD);
  }

  @Test
  void vendorPrefixIsConfigurationAndVendorEntriesRoundTrip() {
    CstaCodec acme = CstaCodec.builder().vendorPrefix("acme").build();
    StartApplicationSession login =
        StartApplicationSession.builder()
            .from(StartApplicationSession.of("u", "p", "d", Duration.ofSeconds(60)))
            .applicationInfo(
                org.csta4j.model.ApplicationInfo.of(
                    ApplicationSpecificInfo.builder()
                        .from(ApplicationSpecificInfo.of("u", "p", "d"))
                        .putUnknownFields("acme:sessionCleanupDelay", RawJson.of("60"))
                        .putUnknownFields("other:flag", RawJson.of("true"))
                        .build()))
            .build();

    String json = new String(acme.encode(login), StandardCharsets.UTF_8);

    assertThat(json)
        .contains("\"acme:userID\":\"u\"", "\"acme:password\":\"p\"", "\"acme:pbxDomain\":\"d\"")
        .contains("\"acme:sessionCleanupDelay\":60", "\"other:flag\":true")
        .doesNotContain("vendorData");
    assertThat(acme.decodeRequest("StartApplicationSession", utf8(json))).isEqualTo(login);
    // the default codec keeps another vendor's keys as entries rather than guessing
    CstaMessage other = codec.decodeRequest("StartApplicationSession", utf8(json));
    assertThat(
            ((StartApplicationSession) other)
                .applicationInfo()
                .applicationSpecificInfo()
                .orElseThrow()
                .unknownFields())
        .containsKeys("acme:userID", "acme:sessionCleanupDelay", "other:flag");
  }

  @Test
  void privateDataAcceptsPrefixedKeysAndKeepsUnknownEntries() {
    MakeCallResponse r =
        (MakeCallResponse)
            codec.decodeResult(
                "MakeCall",
                utf8(
                    "{\"callingDevice\":{\"callID\":\"1\"},\"privateData\":{\"vendorData:requestID\":\"r-9\","
                        + "\"monitorCount\":\"12\",\"vendorData:trace\":\"abc\"}}"));

    PrivateData pd = r.privateData().orElseThrow();
    assertThat(pd.requestId()).contains("r-9");
    assertThat(pd.monitorCount()).contains(12);
    assertThat(pd.unknownFields())
        .containsExactly(java.util.Map.entry("vendorData:trace", RawJson.of("\"abc\"")));
  }

  @Test
  void encodeRequestSetsTheRequestIdAndKeepsOtherPrivateData() {
    var request =
        org.csta4j.model.MakeCall.builder()
            .from(org.csta4j.model.MakeCall.of("100", "200"))
            .privateData(PrivateData.builder().putUnknownFields("trace", RawJson.of("1")).build())
            .build();

    String json = new String(codec.encodeRequest(request, "req-1"), StandardCharsets.UTF_8);

    assertThat(json)
        .isEqualTo(
            "{\"callingDevice\":\"100\",\"calledDirectoryNumber\":\"200\","
                + "\"privateData\":{\"requestId\":\"req-1\",\"trace\":1}}");
  }

  @Test
  void decodeResponseIsTypedByTheRequestAndThrowsOnFailure() {
    MakeCallResponse response =
        codec.decodeResponse(
            org.csta4j.model.MakeCall.of("100", "200"),
            utf8("{\"callingDevice\":{\"callID\":\"9\",\"deviceID\":\"100\"}}"));
    assertThat(response.callingConnection()).isEqualTo(ConnectionId.of("9", "100"));

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                codec.decodeResponse(
                    org.csta4j.model.MakeCall.of("100", "200"),
                    utf8("{\"CSTAErrorCode\":{\"operation\":\"invalidCallingDeviceID\"}}")))
        .isInstanceOfSatisfying(
            CstaFailureException.class,
            e -> {
              assertThat(e.method()).isEqualTo("MakeCall");
              assertThat(e.failure().errorValue()).isEqualTo("invalidCallingDeviceID");
              assertThat(e.getMessage())
                  .isEqualTo("MakeCall failed: operation/invalidCallingDeviceID");
            });
  }

  @Test
  void sessionDurationsAreWholeSeconds() {
    StartApplicationSessionPosResponse r =
        (StartApplicationSessionPosResponse)
            codec.decodeResult(
                "StartApplicationSession",
                utf8("{\"sessionID\":\"s\",\"actualSessionDuration\":120.0}"));
    assertThat(r.actualSessionDuration()).isEqualTo(Duration.ofMinutes(2));
  }
}

package org.csta4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.csta4j.model.CstaEvent;
import org.csta4j.model.DeliveredEvent;
import org.csta4j.model.RawJson;
import org.csta4j.model.RawRequest;
import org.csta4j.model.UnknownEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of bad input is a CstaCodecException naming the message and the JSON path. */
class BadInputTest {
  private static final String DELIVERED =
      "{\"monitorCrossRefID\":\"1001\",\"connection\":{\"callID\":\"4711\",\"deviceID\":\"100\"},"
          + "\"alertingDevice\":\"100\",\"callingDevice\":\"22334455\",\"calledDevice\":\"100\","
          + "\"lastRedirectionDevice\":{\"notRequired\":{}},\"localConnectionInfo\":\"alerting\","
          + "\"cause\":\"newCall\"}";

  private final CstaCodec codec = CstaCodec.create();

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theBaselineIsValid() {
    assertThat(codec.decodeEvent("Delivered", utf8(DELIVERED))).isInstanceOf(DeliveredEvent.class);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "truncated|{\"monitorCrossRefID\":\"1001\",|/monitorCrossRefID|malformed JSON",
        "not JSON|hello|''|malformed JSON",
        "empty|''|''|empty input",
        "array at root|[1,2]|''|expected DeliveredEvent as an object",
        "connection is a number|{\"connection\":5}|/connection|expected ConnectionId as an object",
        "callID is an object|{\"connection\":{\"callID\":{}}}|/connection/callID|expected a string",
        "unknown enum name|{\"cause\":\"solarFlare\"}|/cause|unknown EventCause value 'solarFlare'",
        "enum number out of range|{\"localConnectionInfo\":99}|/localConnectionInfo|unknown LocalConnectionState number 99",
        "unknown device alternative|{\"callingDevice\":{\"bogus\":{}}}|/callingDevice/bogus|unknown device identifier alternative",
        "two device alternatives|{\"callingDevice\":{\"notKnown\":{},\"restricted\":{}}}|/callingDevice/restricted|exactly one alternative",
        "empty device choice|{\"callingDevice\":{}}|/callingDevice|empty device identifier",
        "blank device|{\"alertingDevice\":\"  \"}|/alertingDevice|must not be blank",
        "missing mandatory fields|{\"monitorCrossRefID\":\"1\"}|''|required attributes are not set [connection, alertingDevice",
        "connection without ids|{\"connection\":{}}|/connection|needs a callId or a deviceId",
      })
  void badEventIsACodecErrorWithItsPath(String what, String json, String path, String problem) {
    assertThatThrownBy(() -> codec.decodeEvent("Delivered", utf8(json)))
        .as(what)
        .isInstanceOfSatisfying(
            CstaCodecException.class,
            e -> {
              assertThat(e.messageName()).isEqualTo("Delivered");
              assertThat(e.jsonPath()).isEqualTo(path);
              assertThat(e.getMessage()).startsWith("Delivered: ").contains(problem);
            });
  }

  @Test
  void trailingContentAfterAValidMessageIsAnError() {
    assertThatThrownBy(() -> codec.decodeEvent("Delivered", utf8(DELIVERED + " {}")))
        .isInstanceOf(CstaCodecException.class)
        .hasMessageContaining("trailing content");
    assertThatThrownBy(() -> codec.decodeEvent("Delivered", utf8(DELIVERED + " x")))
        .isInstanceOf(CstaCodecException.class)
        .hasMessageContaining("trailing content");
  }

  @Test
  void wrongTypesInARequestNameTheField() {
    assertThatThrownBy(
            () ->
                codec.decodeRequest(
                    "StartApplicationSession",
                    utf8("{\"applicationInfo\":{},\"requestedSessionDuration\":\"soon\"}")))
        .isInstanceOf(CstaCodecException.class)
        .hasMessageContaining("/requestedSessionDuration")
        .hasMessageContaining("expected a whole number");
  }

  @Test
  void aTenMegabyteStringIsRefusedWithoutEchoingIt() {
    String huge = "7".repeat(10 * 1024 * 1024);
    byte[] json = utf8("{\"monitorCrossRefID\":\"" + huge + "\"}");

    // the default limits stop the document before the string
    assertThatThrownBy(() -> codec.decodeEvent("Delivered", json))
        .isInstanceOfSatisfying(
            CstaCodecException.class,
            e -> {
              assertThat(e.messageName()).isEqualTo("Delivered");
              assertThat(e.getMessage()).contains("Document length").hasSizeLessThan(1000);
            });
    // with room for the document, the string limit stops it
    CstaCodec roomy = CstaCodec.builder().maxDocumentLength(64L << 20).build();
    assertThatThrownBy(() -> roomy.decodeEvent("Delivered", json))
        .isInstanceOfSatisfying(
            CstaCodecException.class,
            e -> {
              assertThat(e.jsonPath()).isEqualTo("/monitorCrossRefID");
              assertThat(e.getMessage()).contains("String value length").hasSizeLessThan(1000);
            });
  }

  @Test
  void deepNestingIsRefused() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    assertThatThrownBy(() -> codec.decodeEvent("Delivered", utf8("{\"x\":" + deep + "}")))
        .isInstanceOf(CstaCodecException.class)
        .hasMessageContaining("nesting depth");
  }

  @Test
  void unknownEventNameIsDeliveredWithItsRawPayload() {
    CstaEvent event = codec.decodeEvent("ParkedEvent", utf8("{\"parkedAt\": \"700\" }"));

    assertThat(event)
        .isEqualTo(UnknownEvent.of("ParkedEvent", RawJson.of("{\"parkedAt\":\"700\"}")));
    assertThat(new String(codec.encode(event), StandardCharsets.UTF_8))
        .isEqualTo("{\"parkedAt\":\"700\"}");
  }

  @Test
  void malformedUnknownEventIsStillAnError() {
    assertThatThrownBy(() -> codec.decodeEvent("Parked", utf8("{\"parkedAt\":")))
        .isInstanceOf(CstaCodecException.class)
        .hasMessageStartingWith("Parked: malformed JSON");
  }

  @Test
  void unknownHubMethodIsAnError() {
    assertThatThrownBy(() -> codec.decodeResult("BookAFlight", utf8("{}")))
        .isInstanceOf(CstaCodecException.class)
        .hasMessage("BookAFlight: unknown hub method at ''");
  }

  @Test
  void unknownErrorCategoryAndValueAreErrors() {
    assertThatThrownBy(
            () ->
                codec.decodeResult("MakeCall", utf8("{\"CSTAErrorCode\":{\"weather\":\"rain\"}}")))
        .isInstanceOf(CstaCodecException.class)
        .hasMessageContaining("unknown error category 'weather'");
    assertThatThrownBy(
            () ->
                codec.decodeResult(
                    "MakeCall", utf8("{\"CSTAErrorCode\":{\"operation\":\"tooSunny\"}}")))
        .isInstanceOf(CstaCodecException.class)
        .hasMessageContaining("unknown operation error 'tooSunny'")
        .hasMessageContaining("/CSTAErrorCode/operation");
  }

  @Test
  void credentialsAreNotEchoedByErrors() {
    String json =
        "{\"applicationInfo\":{\"applicationSpecificInfo\":{\"vendorData:userID\":\"u\","
            + "\"vendorData:password\":\"hunter2-secret\"}},\"requestedSessionDuration\":-5}";
    assertThatThrownBy(() -> codec.decodeRequest("StartApplicationSession", utf8(json)))
        .isInstanceOf(CstaCodecException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
  }

  @Test
  void anUnquotedPasswordIsNotEchoedByTheErrorOrItsCause() {
    String json =
        "{\"applicationInfo\":{\"applicationSpecificInfo\":{\"vendorData:userID\":\"u\","
            + "\"vendorData:password\":hunter2secret}}}";
    assertThatThrownBy(() -> codec.decodeRequest("StartApplicationSession", utf8(json)))
        .isInstanceOfSatisfying(
            CstaCodecException.class,
            e -> {
              assertThat(e.getMessage())
                  .contains("malformed JSON: Unrecognized token of 13 characters")
                  .doesNotContain("hunter2");
              for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain("hunter2");
              }
            });
  }

  @Test
  void anUnquotedPasswordInARawPayloadIsNotEchoed() {
    RawRequest raw = RawRequest.of("Login", "{\"password\":hunter2secret}");
    assertThatThrownBy(() -> codec.encode(raw))
        .isInstanceOfSatisfying(
            CstaCodecException.class,
            e -> {
              assertThat(e.getMessage()).startsWith("Login: malformed raw payload");
              assertThat(e.getMessage()).doesNotContain("hunter2");
              assertThat(e.getCause()).isNull();
            });
  }
}

package org.csta4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.csta4j.model.ClearCall;
import org.csta4j.model.ConnectionId;
import org.csta4j.model.CstaFailureException;
import org.csta4j.model.CstaMessage;
import org.csta4j.model.RawJson;
import org.csta4j.model.RawRequest;
import org.csta4j.model.RawResponse;
import org.csta4j.model.UniversalFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The raw escape hatch: a {@link RawRequest} goes out as its payload, verbatim, with the request id
 * added the way typed requests carry it; its result comes back as a {@link RawResponse} or a typed
 * failure.
 */
class RawMessagesTest {
  private static final String PAYLOAD =
      "{ \"parkedAt\" : \"700\",\n \"amount\": 1.10, \"big\": 123456789012345678901234567890,"
          + " \"nested\": {\"list\": [1, true, null, \"x\\\"y\", -2.5E-3]}, \"empty\": {} }";
  private static final String COMPACT =
      "{\"parkedAt\":\"700\",\"amount\":1.10,\"big\":123456789012345678901234567890,"
          + "\"nested\":{\"list\":[1,true,null,\"x\\\"y\",-2.5E-3]},\"empty\":{}}";

  private final CstaCodec codec = CstaCodec.create();

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String text(byte[] json) {
    return new String(json, StandardCharsets.UTF_8);
  }

  static List<JsonDialect> dialects() {
    return List.of(
        JsonDialect.UNITEL,
        JsonDialect.CAMEL_XML_IDS,
        JsonDialect.CAMEL_FLAT_DEVICES,
        JsonDialect.PASCAL_NUMERIC);
  }

  @Test
  void withoutARequestIdThePayloadGoesOutVerbatim() {
    RawRequest park = RawRequest.of("ParkCall", PAYLOAD);

    assertThat(text(codec.encode(park))).isEqualTo(COMPACT);
    for (JsonDialect dialect : dialects()) {
      assertThat(text(codec.encode(park, dialect))).isEqualTo(COMPACT);
    }
  }

  @Test
  void aRequestIdIsAddedAsPrivateData() throws IOException {
    RawRequest park = RawRequest.of("ParkCall", PAYLOAD);
    String expected =
        COMPACT.substring(0, COMPACT.length() - 1) + ",\"privateData\":{\"requestId\":\"req-7\"}}";

    assertThat(text(codec.encodeRequest(park, "req-7"))).isEqualTo(expected);
    assertThat(text(codec.encode(park, JsonDialect.UNITEL, "req-7"))).isEqualTo(expected);
    StringWriter out = new StringWriter();
    try (JsonGenerator g = codec.jsonFactory().createGenerator(out)) {
      codec.write(park, g, "req-7");
    }
    assertThat(out.toString()).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("dialects")
  void privateDataIsSpeltAsTypedRequestsSpellIt(JsonDialect dialect) {
    String typed = text(codec.encode(ClearCall.of(ConnectionId.ofCall("1")), dialect, "r-1"));
    String typedPrivateData =
        typed.substring(
            typed.toLowerCase(Locale.ROOT).indexOf("\"privatedata\""), typed.length() - 1);

    String raw = text(codec.encode(RawRequest.of("ParkCall", "{\"a\":1}"), dialect, "r-1"));

    assertThat(typedPrivateData).contains("r-1");
    assertThat(raw).isEqualTo("{\"a\":1," + typedPrivateData + "}");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"a\":1,\"privateData\":{\"vendorData:requestId\":\"mine\",\"x\":[1]}}",
        "{\"PrivateData\":{\"requestID\":\"mine\"},\"a\":1}",
        "{\"privateData\":null}"
      })
  void privateDataInThePayloadIsLeftAsGiven(String payload) {
    RawRequest raw = RawRequest.of("ParkCall", payload);

    assertThat(text(codec.encodeRequest(raw, "req-7"))).isEqualTo(payload);
  }

  @Test
  void anEmptyObjectGetsOnlyThePrivateData() {
    assertThat(text(codec.encodeRequest(RawRequest.of("Ping", " {} "), "r")))
        .isEqualTo("{\"privateData\":{\"requestId\":\"r\"}}");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"a\":",
        "{\"a\":1",
        "{\"a\":tru}",
        "{a:1}",
        "{\"a\":1}}",
        "{\"a\":1} {\"b\":2}",
        "{\"a\":1} x"
      })
  void aMalformedPayloadIsACodecErrorNamingTheMethodAndWritesNothing(String payload)
      throws IOException {
    RawRequest raw = RawRequest.of("ParkCall", payload);

    assertThatThrownBy(() -> codec.encodeRequest(raw, "r"))
        .isInstanceOfSatisfying(
            CstaCodecException.class, e -> assertThat(e.messageName()).isEqualTo("ParkCall"))
        .hasMessageStartingWith("ParkCall: ")
        .hasMessageFindingMatch("malformed raw payload|trailing content");
    assertThatThrownBy(() -> codec.encode(raw)).isInstanceOf(CstaCodecException.class);
    StringWriter out = new StringWriter();
    try (JsonGenerator g = codec.jsonFactory().createGenerator(out)) {
      g.writeStartArray();
      assertThatThrownBy(() -> codec.write(raw, g, "r")).isInstanceOf(CstaCodecException.class);
      g.writeEndArray();
    }
    assertThat(out.toString()).isEqualTo("[]");
  }

  @Test
  void theRegistryNamesTheRawMethod() {
    CstaMessageRegistry registry = codec.registry();
    RawRequest park = RawRequest.of("ParkCall", "{}");
    // a raw request to a modelled method still travels under its own name, not as MakeCall
    RawRequest makeCall = RawRequest.of("MakeCall", "{}");

    assertThat(registry.methodName(park)).isEqualTo("ParkCall");
    assertThat(registry.methodName(makeCall)).isEqualTo("MakeCall");
    assertThat(registry.methods()).noneMatch(m -> m.name().equals("ParkCall"));
    assertThatThrownBy(() -> registry.methodOf(park))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ParkCall")
        .hasMessageContaining("methodName");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"CSTAErrorCode\":{\"operation\":\"invalidDeviceID\"}}",
        "{\"privateData\":{\"requestId\":\"r\"},\"cstaErrorCode\":{\"operation\":\"invalidDeviceID\"}}"
      })
  void aCstaErrorCodeIsATypedFailure(String body) {
    CstaMessage result = codec.decodeRawResult("ParkCall", utf8(body));

    assertThat(result)
        .isInstanceOfSatisfying(
            UniversalFailure.class,
            f -> {
              assertThat(f.errorCategory()).isEqualTo("operation");
              assertThat(f.errorValue()).isEqualTo("invalidDeviceID");
            });
    assertThatThrownBy(() -> codec.decodeResponse(RawRequest.of("ParkCall", "{}"), utf8(body)))
        .isInstanceOfSatisfying(
            CstaFailureException.class,
            e -> assertThat(e.failure().errorValue()).isEqualTo("invalidDeviceID"));
  }

  @Test
  void anythingElseIsTheResultVerbatim() {
    String body =
        "{\"parkedAt\":\"700\",\"errorCode\":{\"definedError\":\"x\"},\"privateData\":{\"requestId\":\"r\"}}";

    // only CSTAErrorCode is a failure: a raw method has no known session negative response
    assertThat(codec.decodeRawResult("ParkCall", utf8(body)))
        .isEqualTo(RawResponse.of("ParkCall", RawJson.of(body)));
    assertThat(codec.decodeRawResult("ParkCall", utf8(" {\n\"a\" : [1, 2.50]} ")))
        .isEqualTo(RawResponse.of("ParkCall", RawJson.of("{\"a\":[1,2.50]}")));
    assertThat(codec.decodeRawResult("ParkCall", utf8("\"parked\"")))
        .isEqualTo(RawResponse.of("ParkCall", RawJson.of("\"parked\"")));
    RawResponse typed = codec.decodeResponse(RawRequest.of("ParkCall", "{}"), utf8(body));
    assertThat(typed.payload()).contains(RawJson.of(body));
  }

  @ParameterizedTest
  @ValueSource(strings = {"null", "", "  ", " null\n", "\n\n\n\n\n\n\n\n\n\n\n\n"})
  void aNullOrEmptyResultIsAnEmptyPayload(String body) {
    assertThat(codec.decodeRawResult("ParkCall", utf8(body)))
        .isEqualTo(RawResponse.empty("ParkCall"));
    assertThat(RawResponse.empty("ParkCall").payload()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"a\":", "{\"a\":1} x", "nope", "{\"cstaErrorCode\":{\"bogus\":1}}"})
  void aBadResultIsACodecErrorNamingTheMethod(String body) {
    assertThatThrownBy(() -> codec.decodeRawResult("ParkCall", utf8(body)))
        .isInstanceOfSatisfying(
            CstaCodecException.class, e -> assertThat(e.messageName()).isEqualTo("ParkCall"));
  }

  @Test
  void aRawResponseEncodesAsItsPayload() {
    RawResponse parked = RawResponse.of("ParkCall", RawJson.of("{\"parkedAt\":\"700\"}"));

    assertThat(text(codec.encode(parked))).isEqualTo("{\"parkedAt\":\"700\"}");
    assertThat(text(codec.encode(parked, JsonDialect.UNITEL, "r")))
        .isEqualTo("{\"parkedAt\":\"700\",\"privateData\":{\"requestId\":\"r\"}}");
    assertThat(text(codec.encode(RawResponse.empty("ParkCall")))).isEqualTo("null");
    assertThat(codec.decodeRawResult("ParkCall", codec.encode(parked))).isEqualTo(parked);
    assertThat(codec.decodeRawResult("ParkCall", codec.encode(RawResponse.empty("ParkCall"))))
        .isEqualTo(RawResponse.empty("ParkCall"));
  }
}

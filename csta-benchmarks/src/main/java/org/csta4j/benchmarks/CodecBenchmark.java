package org.csta4j.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.csta4j.json.CstaCodec;
import org.csta4j.model.CstaEvent;
import org.csta4j.model.DeliveredEvent;
import org.csta4j.model.DeviceId;
import org.csta4j.model.MakeCall;
import org.csta4j.model.PrivateData;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decodes a Delivered event and encodes a MakeCall with {@link CstaCodec}, and, in the same run,
 * with the two references of the issue: Gson binding to plain classes (what a user of the official
 * SignalR client gets by default) and a Jackson streaming pass over the same bytes (a lower bound
 * for any JSON decoder or encoder built on Jackson).
 *
 * <p>Every contender starts from the same UTF-8 bytes (decode) or the same three strings (encode)
 * and ends with its own result; {@link #setup()} checks that each one gets the right answer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CodecBenchmark {

  /** The "message" object of shared/golden/events/delivered/a-camel-xml-ids.json, unchanged. */
  static final String DELIVERED_JSON =
      """
      {
        "monitorCrossRefID": "1001",
        "connection": {"callID": "4711", "deviceID": "100"},
        "alertingDevice": {"deviceIdentifier": "100"},
        "callingDevice": {"deviceIdentifier": "22334455"},
        "calledDevice": {"deviceIdentifier": "100"},
        "lastRedirectionDevice": {"notRequired": {}},
        "localConnectionInfo": "alerting",
        "cause": "newCall"
      }""";

  /** The values of shared/golden/requests/make-call.json, with make-call-with-request-id's id. */
  static final String CALLING_DEVICE = "22334455";

  static final String CALLED_DIRECTORY_NUMBER = "333";
  static final String REQUEST_ID = "6f1c2a9e-3b1d-4c55-9a0e-2f7d1c8b4e10";

  static final String EXPECTED_CALL_ID = "4711";

  private final byte[] deliveredBytes = DELIVERED_JSON.getBytes(StandardCharsets.UTF_8);
  private final CstaCodec codec = CstaCodec.create();
  private final Gson gson = new Gson();
  private final JsonFactory jackson = new JsonFactory();

  // non-final fields, so that the JIT cannot fold the inputs into constants
  private String callingDevice = CALLING_DEVICE;
  private String calledDirectoryNumber = CALLED_DIRECTORY_NUMBER;
  private String requestId = REQUEST_ID;

  /** Fails the run if any contender gets the wrong answer: a fast wrong decoder proves nothing. */
  @Setup
  public void setup() throws IOException {
    String csta4j =
        ((DeliveredEvent) decodeDeliveredCsta4j()).connection().callId().orElse("(absent)");
    require("csta4j decode callID", EXPECTED_CALL_ID, csta4j);
    DeliveredEventDto dto = decodeDeliveredGson();
    require(
        "Gson decode callID",
        EXPECTED_CALL_ID,
        dto.connection == null ? "(absent)" : String.valueOf(dto.connection.callID));
    // the token walk has no callID to show: it must have seen every name and scalar value
    long walked = decodeDeliveredTokenWalk();
    long expected = textLengths(gson.fromJson(DELIVERED_JSON, JsonElement.class));
    require("token walk checksum", String.valueOf(expected), String.valueOf(walked));
    require("token walk (chars) checksum", String.valueOf(expected), "" + decodeWalkChars());

    JsonElement want =
        gson.fromJson(
            "{\"callingDevice\":\"22334455\",\"calledDirectoryNumber\":\"333\","
                + "\"privateData\":{\"requestId\":\""
                + REQUEST_ID
                + "\"}}",
            JsonElement.class);
    require("csta4j encode", want.toString(), parse(encodeMakeCallCsta4j()).toString());
    require("Gson encode", want.toString(), parse(encodeMakeCallGson()).toString());
    require(
        "Jackson streaming encode",
        want.toString(),
        parse(encodeMakeCallJacksonStreaming()).toString());
  }

  // ---- decode ----

  /** csta4j: bytes to the typed, validated {@link DeliveredEvent}. */
  @Benchmark
  public CstaEvent decodeDeliveredCsta4j() {
    return codec.decodeEvent("Delivered", deliveredBytes);
  }

  /** (a) Gson binding the same UTF-8 bytes, read through a Reader, to plain classes. */
  @Benchmark
  public DeliveredEventDto decodeDeliveredGson() throws IOException {
    try (Reader in =
        new InputStreamReader(new ByteArrayInputStream(deliveredBytes), StandardCharsets.UTF_8)) {
      return gson.fromJson(in, DeliveredEventDto.class);
    }
  }

  /**
   * (b) The lower bound: every token of the same bytes, with each field name and scalar value
   * materialised as a String (as any decoder that returns values must do).
   */
  @Benchmark
  public long decodeDeliveredTokenWalk() throws IOException {
    long checksum = 0;
    try (JsonParser p = jackson.createParser(deliveredBytes)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME || t.isScalarValue()) {
          checksum += p.getText().length();
        }
      }
    }
    return checksum;
  }

  /**
   * (b') A stricter bound, for information: the same walk without creating value Strings (the
   * parser's character buffer is read in place).
   */
  @Benchmark
  public long decodeDeliveredTokenWalkChars() throws IOException {
    return decodeWalkChars();
  }

  private long decodeWalkChars() throws IOException {
    long checksum = 0;
    try (JsonParser p = jackson.createParser(deliveredBytes)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME || t.isScalarValue()) {
          int len = p.getTextLength();
          if (len > 0) {
            char[] chars = p.getTextCharacters();
            // touch the text so the JIT cannot drop it; the char contributes 0 to the sum
            checksum += len + (chars[p.getTextOffset()] == '\uffff' ? 1 : 0);
          }
        }
      }
    }
    return checksum;
  }

  // ---- encode ----

  /**
   * csta4j: builds the MakeCall with its requestId (what {@code MakeCall.of} does, plus the private
   * data) and encodes it.
   */
  @Benchmark
  public byte[] encodeMakeCallCsta4j() {
    MakeCall request =
        MakeCall.builder()
            .callingDevice(DeviceId.of(callingDevice))
            .calledDirectoryNumber(DeviceId.of(calledDirectoryNumber))
            .privateData(PrivateData.ofRequestId(requestId))
            .build();
    return codec.encode(request);
  }

  /** (a) Gson: builds the plain object and writes it to UTF-8 bytes. */
  @Benchmark
  public byte[] encodeMakeCallGson() {
    MakeCallDto dto = new MakeCallDto();
    dto.callingDevice = callingDevice;
    dto.calledDirectoryNumber = calledDirectoryNumber;
    dto.privateData = new PrivateDataDto();
    dto.privateData.requestId = requestId;
    return gson.toJson(dto).getBytes(StandardCharsets.UTF_8);
  }

  /** (b) The lower bound: a Jackson generator writing the same fields to a byte array. */
  @Benchmark
  public byte[] encodeMakeCallJacksonStreaming() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    try (JsonGenerator g = jackson.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("callingDevice", callingDevice);
      g.writeStringField("calledDirectoryNumber", calledDirectoryNumber);
      g.writeObjectFieldStart("privateData");
      g.writeStringField("requestId", requestId);
      g.writeEndObject();
      g.writeEndObject();
    }
    return out.toByteArray();
  }

  // ---- helpers (setup only) ----

  private JsonElement parse(byte[] json) {
    return gson.fromJson(new String(json, StandardCharsets.UTF_8), JsonElement.class);
  }

  /** The sum of the lengths of every member name and primitive value, as the walks count them. */
  private static long textLengths(JsonElement e) {
    if (e.isJsonPrimitive()) {
      return e.getAsString().length();
    }
    long sum = 0;
    if (e.isJsonObject()) {
      JsonObject o = e.getAsJsonObject();
      for (Map.Entry<String, JsonElement> m : o.entrySet()) {
        sum += m.getKey().length() + textLengths(m.getValue());
      }
    } else if (e.isJsonArray()) {
      for (JsonElement x : e.getAsJsonArray()) {
        sum += textLengths(x);
      }
    }
    return sum;
  }

  private static void require(String what, String expected, String actual) {
    if (!expected.equals(actual)) {
      throw new IllegalStateException(what + ": expected " + expected + " but got " + actual);
    }
  }

  // ---- the plain classes a user of the official SignalR client would write for Gson ----

  /** Delivered, field for field as the gateway sends it. */
  public static final class DeliveredEventDto {
    @Nullable String monitorCrossRefID;
    @Nullable ConnectionDto connection;
    @Nullable DeviceDto alertingDevice;
    @Nullable DeviceDto callingDevice;
    @Nullable DeviceDto calledDevice;
    @Nullable Map<String, Object> lastRedirectionDevice;
    @Nullable String localConnectionInfo;
    @Nullable String cause;
  }

  /** A connection. */
  public static final class ConnectionDto {
    @Nullable String callID;
    @Nullable String deviceID;
  }

  /** A device in its object form. */
  public static final class DeviceDto {
    @Nullable String deviceIdentifier;
  }

  /** MakeCall's request body. */
  public static final class MakeCallDto {
    @Nullable String callingDevice;
    @Nullable String calledDirectoryNumber;
    @Nullable PrivateDataDto privateData;
  }

  /** uni-tel's private data. */
  public static final class PrivateDataDto {
    @Nullable String requestId;
  }
}

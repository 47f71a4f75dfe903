package org.csta4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.csta4j.model.ClearConnection;
import org.csta4j.model.ConnectionId;
import org.csta4j.model.CstaEvent;
import org.csta4j.model.CstaFailure;
import org.csta4j.model.CstaMessage;
import org.csta4j.model.CstaRequest;
import org.csta4j.model.CstaResponse;
import org.csta4j.model.DeliveredEvent;
import org.csta4j.model.MakeCall;
import org.csta4j.model.MonitorStart;
import org.csta4j.model.PrivateData;
import org.csta4j.model.RawJson;
import org.csta4j.model.StartApplicationSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The codec against the golden vectors (the project's copy of ../shared/golden), read as they are.
 */
class GoldenVectorsTest {
  private final CstaCodec codec = CstaCodec.create();

  static Stream<Path> requests() {
    return Golden.files("requests").stream();
  }

  /** Builds the request a vector's {@code _given} describes, with the public model API only. */
  private static CstaRequest<?> build(String name, JsonNode given) {
    return switch (name) {
      case "MakeCall" -> {
        MakeCall mc =
            MakeCall.of(
                given.get("callingDevice").asText(), given.get("calledDirectoryNumber").asText());
        yield given.has("requestId")
            ? MakeCall.builder()
                .from(mc)
                .privateData(PrivateData.ofRequestId(given.get("requestId").asText()))
                .build()
            : mc;
      }
      case "ClearConnection" ->
          ClearConnection.builder()
              .connectionToBeCleared(ConnectionId.ofCall(given.get("callId").asText()))
              .privateData(PrivateData.ofRequestId(given.get("requestId").asText()))
              .build();
      case "MonitorStart" -> MonitorStart.device(given.get("deviceObject").asText());
      case "StartApplicationSession" ->
          StartApplicationSession.of(
              given.get("userId").asText(),
              given.get("password").asText(),
              given.get("pbxDomain").asText(),
              Duration.ofSeconds(given.get("requestedSessionDuration").asLong()));
      default -> throw new IllegalArgumentException("no builder for request vector " + name);
    };
  }

  @ParameterizedTest
  @MethodSource("requests")
  void requestIsEncodedExactly(Path file) {
    JsonNode vector = Golden.read(file);
    String name = vector.get("_name").asText();
    CstaRequest<?> request = build(name, vector.get("_given"));

    assertThat(codec.registry().methodName(request)).isEqualTo(name);
    assertThat(Golden.tree(codec.encode(request)))
        .as(file.getFileName().toString())
        .isEqualTo(vector.get("expected"));
  }

  @ParameterizedTest
  @MethodSource("requests")
  void requestVectorDecodesBackToTheSameRequest(Path file) {
    JsonNode vector = Golden.read(file);
    String name = vector.get("_name").asText();
    CstaRequest<?> request = build(name, vector.get("_given"));

    assertThat(codec.decodeRequest(name, Golden.bytes(vector.get("expected")))).isEqualTo(request);
  }

  static Stream<Arguments> variantFolders() {
    List<Arguments> folders = new ArrayList<>();
    for (String kind : List.of("events", "responses")) {
      Map<Path, List<Path>> byFolder = new TreeMap<>();
      for (Path f : Golden.files(kind)) {
        byFolder.computeIfAbsent(f.getParent(), k -> new ArrayList<>()).add(f);
      }
      byFolder.forEach((folder, files) -> folders.add(Arguments.of(kind, folder, files)));
    }
    return folders.stream();
  }

  private CstaMessage decode(String kind, JsonNode vector) {
    String name = vector.get("_name").asText();
    byte[] json = Golden.bytes(vector.get("message"));
    return kind.equals("events") ? codec.decodeEvent(name, json) : codec.decodeResult(name, json);
  }

  @ParameterizedTest(name = "{0}/{1}")
  @MethodSource("variantFolders")
  void everyVariantDecodesToTheSameValue(String kind, Path folder, List<Path> files) {
    assertThat(files).hasSizeGreaterThanOrEqualTo(2);
    CstaMessage first = null;
    for (Path file : files) {
      CstaMessage decoded = decode(kind, Golden.read(file));
      assertThat(decoded)
          .as(file.getFileName().toString())
          .isInstanceOf(kind.equals("events") ? CstaEvent.class : CstaResponse.class);
      CstaMessage comparable = Golden.withoutExtras(decoded);
      if (first == null) {
        first = comparable;
      } else {
        assertThat(comparable).as(file.getFileName().toString()).isEqualTo(first);
      }
    }
  }

  @ParameterizedTest(name = "{0}/{1}")
  @MethodSource("variantFolders")
  void fieldsTheModelDoesNotKnowAreKeptAndReEmitted(String kind, Path folder, List<Path> files) {
    for (Path file : files) {
      JsonNode vector = Golden.read(file);
      CstaMessage decoded = decode(kind, vector);
      JsonNode reEncoded = Golden.tree(codec.encode(decoded));
      decoded
          .unknownFields()
          .forEach(
              (key, raw) -> {
                assertThat(vector.get("message").get(key))
                    .isEqualTo(Golden.tree(raw.text().getBytes(StandardCharsets.UTF_8)));
                assertThat(reEncoded.get(key)).as(key).isEqualTo(vector.get("message").get(key));
              });
    }
  }

  @Test
  void pascalVariantKeepsItsUnknownField() {
    CstaMessage event =
        decode(
            "events",
            Golden.read(
                Golden.dir().resolve("events/delivered/c-pascal-numeric-enum-unknown-field.json")));
    assertThat(event).isInstanceOf(DeliveredEvent.class);
    assertThat(event.unknownFields()).containsExactly(Map.entry("callSequence", RawJson.of("3")));
  }

  @Test
  void responsePrivateDataIsTyped() {
    CstaMessage response =
        decode(
            "responses", Golden.read(Golden.dir().resolve("responses/make-call/b-camel-id.json")));
    assertThat(response.privateData().flatMap(PrivateData::requestId)).contains("r-1");
  }

  @Test
  void failureIsWrittenUnderTheSchemaRootName() {
    CstaMessage failure =
        codec.decodeResult(
            "MakeCall",
            Golden.bytes(
                Golden.read(Golden.dir().resolve("errors/universal-failure-camel.json"))
                    .get("message")));

    assertThat(new String(codec.encode(failure), StandardCharsets.UTF_8))
        .isEqualTo("{\"CSTAErrorCode\":{\"operation\":\"invalidDeviceID\"}}");
  }

  static Stream<Path> errors() {
    return Golden.files("errors").stream();
  }

  @ParameterizedTest
  @MethodSource("errors")
  void errorBecomesTheTypedFailureItNames(Path file) {
    JsonNode vector = Golden.read(file);
    CstaMessage result =
        codec.decodeResult(vector.get("_name").asText(), Golden.bytes(vector.get("message")));

    assertThat(result).isInstanceOf(CstaFailure.class);
    CstaFailure failure = (CstaFailure) result;
    assertThat(failure.errorCategory())
        .isEqualTo(vector.get("expectedError").get("category").asText());
    assertThat(failure.errorValue()).isEqualTo(vector.get("expectedError").get("value").asText());
  }
}

package org.csta4j.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.csta4j.model.ConnectionId;
import org.csta4j.model.DeliveredEvent;
import org.csta4j.model.DeviceId;
import org.csta4j.model.EventCause;
import org.csta4j.model.ExtendedDeviceId;
import org.csta4j.model.RawJson;
import org.csta4j.model.RawRequest;
import org.csta4j.model.RedirectionDeviceId;
import org.junit.jupiter.api.Test;

class ValueTextTest {
  private static final Path MODEL_SOURCES = Path.of("src/main/java/org/csta4j/model");

  private static DeliveredEvent.Builder delivered() {
    return DeliveredEvent.builder()
        .monitorCrossRefId("7")
        .connection(ConnectionId.of("42", "101"))
        .alertingDevice(ExtendedDeviceId.of("101"))
        .callingDevice(ExtendedDeviceId.of("100"))
        .calledDevice(ExtendedDeviceId.of("101"))
        .lastRedirectionDevice(RedirectionDeviceId.notRequired())
        .cause(EventCause.NEW_CALL);
  }

  @Test
  void aDeviceIdPrintsAsItsNumber() {
    assertThat(DeviceId.of("100")).hasToString("100");
    assertThat(
            DeviceId.builder()
                .value("100")
                .putUnknownFields("typeOfNumber", RawJson.of("\"dialingNumber\""))
                .build())
        .hasToString("100{typeOfNumber=\"dialingNumber\"}");
  }

  @Test
  void emptyUnknownFieldsAndAbsentOptionalsAreLeftOut() {
    String text = delivered().build().toString();
    assertThat(text)
        .startsWith("DeliveredEvent{monitorCrossRefId=7, connection=ConnectionId{")
        .contains("deviceId=101")
        .doesNotContain("unknownFields")
        .doesNotContain("privateData")
        .doesNotContain("Optional")
        .endsWith("cause=newCall}");
  }

  @Test
  void unknownFieldsThatHoldSomethingArePrinted() {
    String text = delivered().putUnknownFields("vendorData:x", RawJson.of("1")).build().toString();
    assertThat(text).contains("unknownFields={vendorData:x=1}");
  }

  @Test
  void aRawPayloadIsMasked() {
    RawRequest raw = RawRequest.of("ParkCall", "{\"password\":\"hunter2\"}");
    assertThat(raw).hasToString("RawRequest{method=ParkCall, payload=" + ValueText.MASK + "}");
  }

  /** Every {@code @Value.Redacted} attribute of the model is a secret here, and only those. */
  @Test
  void theSecretsAreExactlyTheRedactedAttributesOfTheModel() throws IOException {
    Pattern redacted = Pattern.compile("@Value\\.Redacted\\s+[\\w<>, ]+\\s+(\\w+)\\(\\)");
    Map<String, Set<String>> found = new HashMap<>();
    try (Stream<Path> files = Files.list(MODEL_SOURCES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = redacted.matcher(Files.readString(f));
        while (m.find()) {
          String type = f.getFileName().toString().replace(".java", "");
          found.computeIfAbsent(type, t -> new HashSet<>()).add(m.group(1));
        }
      }
    }
    assertThat(found).isNotEmpty().isEqualTo(ValueText.SECRETS);
  }
}

package org.csta4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.csta4j.model.ConnectionId;
import org.csta4j.model.MakeCallResponse;
import org.junit.jupiter.api.Test;

/**
 * An attribute whose Java name is not its ECMA-323 name travels under the wire name only: one key,
 * never both, and it reads back to the same value.
 */
class RenamedAttributesTest {
  private final CstaCodec codec = CstaCodec.create();
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void makeCallResponseCarriesItsConnectionAsCallingDeviceOnly() throws IOException {
    MakeCallResponse response = MakeCallResponse.of(ConnectionId.of("9", "100"));

    for (JsonDialect dialect : RoundTripTest.DIALECTS) {
      byte[] json = codec.encode(response, dialect);
      String text = new String(json, StandardCharsets.UTF_8);
      JsonNode tree = mapper.readTree(json);

      List<String> keys = new ArrayList<>();
      tree.fieldNames().forEachRemaining(keys::add);
      assertThat(keys).as("%s: %s", dialect, text).hasSize(1);
      assertThat(keys.get(0).toLowerCase(Locale.ROOT)).as(text).isEqualTo("callingdevice");
      assertThat(text.toLowerCase(Locale.ROOT)).doesNotContain("callingconnection");
      assertThat(codec.decodeResult("MakeCall", json)).as(text).isEqualTo(response);
    }
    assertThat(new String(codec.encode(response), StandardCharsets.UTF_8))
        .isEqualTo("{\"callingDevice\":{\"callId\":\"9\",\"deviceId\":\"100\"}}");
  }

  @Test
  void theJavaNameIsNotAWireName() {
    MakeCallResponse read =
        (MakeCallResponse)
            codec.decodeResult(
                "MakeCall",
                "{\"callingDevice\":{\"callID\":\"9\"},\"callingConnection\":{\"callID\":\"7\"}}"
                    .getBytes(StandardCharsets.UTF_8));

    assertThat(read.callingConnection()).isEqualTo(ConnectionId.ofCall("9"));
    assertThat(read.unknownFields()).containsOnlyKeys("callingConnection");
  }

  @Test
  @SuppressWarnings("removal") // the deprecated name is what this test is about
  void theDeprecatedNamesStillWork() {
    MakeCallResponse response = MakeCallResponse.of(ConnectionId.of("9", "100"));
    assertThat(response.callingDevice()).isEqualTo(response.callingConnection());
    assertThat(MakeCallResponse.builder().callingDevice(ConnectionId.of("9", "100")).build())
        .isEqualTo(response);
  }
}

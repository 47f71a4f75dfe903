package org.csta4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.csta4j.model.CstaMessage;

/**
 * Fuzzes the decoder: whatever the bytes, decoding either fails with a {@link CstaCodecException}
 * naming the message, or yields a value that encodes and decodes back to itself.
 *
 * <p>{@code mvn verify} replays the corpus in {@code src/test/resources/.../DecodeFuzzTestInputs};
 * {@code JAZZER_FUZZ=1 mvn -pl csta-json test -Dtest=DecodeFuzzTest} fuzzes (see the README).
 */
class DecodeFuzzTest {
  private static final CstaCodec CODEC = CstaCodec.create();

  /** The first input byte picks one of these; the rest is the JSON. */
  private static final List<String[]> TARGETS = targets();

  private static List<String[]> targets() {
    List<String[]> targets = new ArrayList<>();
    CstaMessageRegistry registry = CstaMessageRegistry.standard();
    registry.events().keySet().forEach(n -> targets.add(new String[] {"event", n}));
    registry
        .methods()
        .forEach(
            m -> {
              targets.add(new String[] {"result", m.name()});
              targets.add(new String[] {"request", m.name()});
            });
    targets.add(new String[] {"event", "SomethingNew"});
    return targets;
  }

  static int targetIndex(String kind, String name) {
    for (int i = 0; i < TARGETS.size(); i++) {
      if (TARGETS.get(i)[0].equals(kind) && TARGETS.get(i)[1].equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException(kind + " " + name);
  }

  private static CstaMessage decode(String kind, String name, byte[] json) {
    return switch (kind) {
      case "event" -> CODEC.decodeEvent(name, json);
      case "result" -> CODEC.decodeResult(name, json);
      default -> CODEC.decodeRequest(name, json);
    };
  }

  @FuzzTest(maxDuration = "5m")
  void decodeFailsCleanlyOrRoundTrips(byte[] input) {
    if (input.length == 0) {
      return;
    }
    String[] target = TARGETS.get(Byte.toUnsignedInt(input[0]) % TARGETS.size());
    byte[] json = Arrays.copyOfRange(input, 1, input.length);
    CstaMessage decoded;
    try {
      decoded = decode(target[0], target[1], json);
    } catch (CstaCodecException e) {
      assertThat(e.getMessage()).startsWith(target[1] + ": ");
      return;
    }
    for (JsonDialect dialect :
        List.of(JsonDialect.UNITEL, JsonDialect.PASCAL_NUMERIC, JsonDialect.CAMEL_FLAT_DEVICES)) {
      byte[] again = CODEC.encode(decoded, dialect);
      assertThat(decode(target[0], target[1], again)).isEqualTo(decoded);
    }
  }
}

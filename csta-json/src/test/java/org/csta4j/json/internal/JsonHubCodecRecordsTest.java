package org.csta4j.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.csta4j.json.CstaCodec;
import org.csta4j.model.CstaEvent;
import org.csta4j.model.DeliveredEvent;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * How {@link JsonHubCodec#read} splits a message into its records: each record's end is found by
 * parsing it, and a record that does not parse is bounded by its separator and reported alone.
 */
class JsonHubCodecRecordsTest {
  private static final String DELIVERED =
      "{\"type\":1,\"target\":\"DeliveredEvent\",\"arguments\":[{\"monitorCrossRefID\":\"7\","
          + "\"connection\":{\"callID\":\"4711\",\"deviceID\":\"100\"},"
          + "\"alertingDevice\":{\"deviceIdentifier\":\"100\"},"
          + "\"callingDevice\":{\"deviceIdentifier\":\"200\"},"
          + "\"calledDevice\":{\"deviceIdentifier\":\"100\"},"
          + "\"lastRedirectionDevice\":{\"notRequired\":{}},"
          + "\"localConnectionInfo\":\"alerting\",\"cause\":\"newCall\"}]}";
  private static final String RS = "\u001e";

  private final JsonHubCodec hub =
      new JsonHubCodec(CstaCodec.standard(), (m, c) -> new IllegalStateException(m, c));

  /** What the records were, in order, as short words. */
  private static final class Told implements JsonHubCodec.Receiver {
    final List<String> what = new ArrayList<>();

    @Override
    public void event(CstaEvent event) {
      what.add(
          event instanceof DeliveredEvent d
              ? "delivered " + d.connection().callId().orElse("none")
              : "event " + event);
    }

    @Override
    public void malformed(JsonHubCodec.Malformed m) {
      what.add("malformed " + m.name() + " [" + m.excerpt() + "]");
    }

    @Override
    public void outcome(String invocationId, JsonHubCodec.Outcome outcome) {
      what.add("outcome " + invocationId);
    }

    @Override
    public void refused(String invocationId, JsonHubCodec.@Nullable Invocation ours, String e) {
      what.add("refused " + invocationId + " " + e);
    }

    @Override
    public void ping() {
      what.add("ping");
    }

    @Override
    public void close(@Nullable String error, boolean allowReconnect) {
      what.add("close " + error + " " + allowReconnect);
    }
  }

  /** The message placed inside a larger array, between unrelated bytes, as a frame may be. */
  private List<String> read(String message) {
    byte[] text = message.getBytes(StandardCharsets.UTF_8);
    byte[] frame = new byte[text.length + 10];
    java.util.Arrays.fill(frame, (byte) '{');
    System.arraycopy(text, 0, frame, 5, text.length);
    Told told = new Told();
    hub.read(frame, 5, 5 + text.length, told);
    return told.what;
  }

  @Test
  void recordsOfAMessageArriveInOrderWhereverTheMessageStartsInItsBuffer() {
    assertThat(read(DELIVERED + RS + " {\"type\":6}\n" + RS + DELIVERED + RS))
        .containsExactly("delivered 4711", "ping", "delivered 4711");
  }

  @Test
  void aSeparatorInsideAStringEndsThatRecordWhichIsReportedAndTheNextStillArrives() {
    assertThat(read("{\"type\":1,\"target\":\"a" + RS + "b\"}" + RS + "{\"type\":6}" + RS))
        .containsExactly(
            "malformed message [{\"type\":1,\"target\":\"a]", "malformed message [b\"}]", "ping");
  }

  @Test
  void textBetweenAnObjectAndItsSeparatorBelongsToTheRecord() {
    assertThat(read("{\"type\":6} x" + RS + "{\"type\":7,\"error\":\"bye\"}" + RS))
        .containsExactly("ping", "close bye false");
  }

  @Test
  void anObjectCutShortBySeparatorIsReportedAndTheRestIsReadOnItsOwn() {
    assertThat(read("{\"type\":6" + RS + "}" + RS + RS + "{\"type\":6}"))
        .containsExactly(
            "malformed message [{\"type\":6]",
            "malformed message [}]",
            "malformed message []",
            "malformed message [{\"type\":6}]");
  }
}

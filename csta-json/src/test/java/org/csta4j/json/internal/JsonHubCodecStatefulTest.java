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

/** Ack and Sequence records, and the records that carry a sequence id, for a stateful receiver. */
class JsonHubCodecStatefulTest {
  private static final String DELIVERED =
      "{\"type\":1,\"target\":\"Delivered\",\"arguments\":[{\"monitorCrossRefID\":\"1\","
          + "\"connection\":{\"callID\":\"7\"},\"alertingDevice\":\"100\","
          + "\"callingDevice\":\"200\",\"calledDevice\":\"100\","
          + "\"lastRedirectionDevice\":{\"notRequired\":{}},\"cause\":\"newCall\"}]}\u001e";

  private final JsonHubCodec hub =
      new JsonHubCodec(CstaCodec.create(), (m, c) -> new IllegalStateException(m, c));

  /** Records what it hears; drops the tracked records whose ordinal is in {@code drop}. */
  private static final class Heard implements JsonHubCodec.Receiver {
    final boolean stateful;
    final List<String> heard = new ArrayList<>();
    final List<Integer> drop;
    int tracked;

    Heard(boolean stateful, Integer... drop) {
      this.stateful = stateful;
      this.drop = List.of(drop);
    }

    @Override
    public void event(CstaEvent event) {
      heard.add("event " + ((DeliveredEvent) event).connection().callId().orElseThrow());
    }

    @Override
    public void malformed(JsonHubCodec.Malformed malformed) {
      heard.add("malformed " + malformed.problem().getMessage());
    }

    @Override
    public void outcome(String invocationId, JsonHubCodec.Outcome outcome) {
      heard.add("outcome " + invocationId);
    }

    @Override
    public void refused(String invocationId, JsonHubCodec.@Nullable Invocation ours, String error) {
      heard.add("refused " + invocationId + " " + error);
    }

    @Override
    public void ping() {
      heard.add("ping");
    }

    @Override
    public void close(@Nullable String error, boolean allowReconnect) {
      heard.add("close");
    }

    @Override
    public boolean statefulReconnect() {
      return stateful;
    }

    @Override
    public boolean tracked() {
      tracked++;
      return !drop.contains(tracked);
    }

    @Override
    public void ack(long sequenceId) {
      heard.add("ack " + sequenceId);
    }

    @Override
    public void sequence(long sequenceId) {
      heard.add("sequence " + sequenceId);
    }
  }

  private void read(String text, Heard receiver) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    hub.read(bytes, 0, bytes.length, receiver);
  }

  @Test
  void withoutStatefulReconnectAcksAndSequencesAreMalformedAsBefore() {
    Heard r = new Heard(false);
    read("{\"type\":8,\"sequenceId\":3}\u001e{\"type\":9,\"sequenceId\":4}\u001e" + DELIVERED, r);
    assertThat(r.heard)
        .containsExactly(
            "malformed unexpected hub message type 8",
            "malformed unexpected hub message type 9",
            "event 7");
    assertThat(r.tracked).as("never asked").isZero();
  }

  @Test
  void aStatefulReceiverHearsAcksAndSequences() {
    Heard r = new Heard(true);
    read("{\"type\":8,\"sequenceId\":3}\u001e{\"sequenceId\":12,\"type\":9}\u001e", r);
    assertThat(r.heard).containsExactly("ack 3", "sequence 12");
    assertThat(r.tracked).as("acks and sequences carry no sequence id of their own").isZero();
  }

  @Test
  void anAckOrSequenceWithoutAUsableIdIsMalformed() {
    Heard r = new Heard(true);
    read(
        "{\"type\":8}\u001e{\"type\":9,\"sequenceId\":\"x\"}\u001e{\"type\":8,\"sequenceId\":-1}\u001e",
        r);
    assertThat(r.heard)
        .containsExactly(
            "malformed an Ack without a non-negative integer sequenceId",
            "malformed a Sequence without a non-negative integer sequenceId",
            "malformed an Ack without a non-negative integer sequenceId");
  }

  @Test
  void invocationsCompletionsAndUnreadableOnesAreTrackedPingsAndClosesAreNot() {
    Heard r = new Heard(true);
    read(
        DELIVERED
            + "{\"type\":6}\u001e"
            + "{\"type\":3,\"invocationId\":\"5\",\"error\":\"no\"}\u001e"
            + "{\"type\":2,\"invocationId\":\"5\",\"item\":1}\u001e"
            + "{\"type\":1,\"target\":\"Delivered\",\"arguments\":[{]}\u001e"
            + "{\"type\":8,\"sequenceId\":1}\u001e"
            + "{\"type\":7}\u001e",
        r);
    assertThat(r.tracked).isEqualTo(4);
    assertThat(r.heard).hasSize(7).startsWith("event 7", "ping", "refused 5 no");
  }

  @Test
  void aRecordTheReceiverDropsIsNotReported() {
    Heard r = new Heard(true, 1, 3);
    read(
        DELIVERED
            + "{\"type\":3,\"invocationId\":\"5\",\"error\":\"no\"}\u001e"
            + "{\"type\":1,\"target\":\"Delivered\",\"arguments\":[{]}\u001e"
            + DELIVERED,
        r);
    assertThat(r.heard).containsExactly("refused 5 no", "event 7");
  }

  @Test
  void ackAndSequenceRecordsAreWrittenAsTheSpecSays() {
    assertThat(new String(JsonHubCodec.ack(42), StandardCharsets.UTF_8))
        .isEqualTo("{\"type\":8,\"sequenceId\":42}\u001e");
    assertThat(new String(JsonHubCodec.sequence(1), StandardCharsets.UTF_8))
        .isEqualTo("{\"type\":9,\"sequenceId\":1}\u001e");
  }
}

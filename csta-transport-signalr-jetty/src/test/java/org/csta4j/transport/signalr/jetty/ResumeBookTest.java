package org.csta4j.transport.signalr.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The client's sequence bookkeeping, without sockets. */
class ResumeBookTest {
  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> texts(List<byte[]> records) {
    return records.stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
  }

  @Test
  void sentRecordsAreKeptUntilAcknowledgedAndReplayedFromTheFirstKept() {
    ResumeBook b = new ResumeBook(1000);
    assertThat(b.resumeFrom()).as("nothing sent: the next id").isEqualTo(1);
    assertThat(b.sent(bytes("a"))).isTrue();
    assertThat(b.sent(bytes("bb"))).isTrue();
    assertThat(b.sent(bytes("ccc"))).isTrue();
    assertThat(b.unackedBytes()).isEqualTo(6);
    b.acknowledged(2);
    assertThat(b.resumeFrom()).isEqualTo(3);
    assertThat(texts(b.replay())).containsExactly("ccc");
    assertThat(b.unackedBytes()).isEqualTo(3);
    b.acknowledged(3);
    assertThat(b.resumeFrom()).as("all acknowledged: the next id").isEqualTo(4);
    assertThat(b.replay()).isEmpty();
    b.acknowledged(1); // an old ack changes nothing
    assertThat(b.resumeFrom()).isEqualTo(4);
  }

  @Test
  void pastTheLimitTheRecordCannotBeKept() {
    ResumeBook b = new ResumeBook(4);
    assertThat(b.sent(bytes("abcd"))).isTrue();
    assertThat(b.sent(bytes("e"))).isFalse();
    b.acknowledged(2);
    assertThat(b.sent(bytes("wxyz"))).as("room again once acknowledged").isTrue();
  }

  @Test
  void duplicatesAReplayRepeatsAreDroppedAndNothingCountsBeforeTheGatewaysSequence() {
    ResumeBook b = new ResumeBook(100);
    assertThat(b.received()).isTrue(); // 1
    assertThat(b.received()).isTrue(); // 2
    assertThat(b.received()).isTrue(); // 3
    assertThat(b.processed()).isEqualTo(3);
    b.resumed();
    assertThat(b.awaitingSequence()).isTrue();
    assertThat(b.received()).as("before the gateway's Sequence").isFalse();
    assertThat(b.sequence(2)).isTrue(); // it replays 2 and 3, which we have, then 4
    assertThat(b.awaitingSequence()).isFalse();
    assertThat(b.received()).as("2 again").isFalse();
    assertThat(b.received()).as("3 again").isFalse();
    assertThat(b.received()).as("4, new").isTrue();
    assertThat(b.processed()).isEqualTo(4);
  }

  @Test
  void aSequencePastWhatWasReceivedIsAGap() {
    ResumeBook b = new ResumeBook(100);
    assertThat(b.received()).isTrue();
    b.resumed();
    assertThat(b.sequence(3)).as("2 would be missing").isFalse();
    assertThat(b.sequence(0)).isFalse();
    assertThat(b.sequence(2)).as("nothing missing").isTrue();
  }
}

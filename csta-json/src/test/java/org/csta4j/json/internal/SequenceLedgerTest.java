package org.csta4j.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sequence rules both ends of a stateful SignalR connection share, without sockets: numbering,
 * the unacknowledged buffer and its budget, ack trimming, replay, and dropping what a peer replays.
 */
class SequenceLedgerTest {
  private static SequenceLedger<String> ledger(long budget) {
    return new SequenceLedger<>(String::length, budget);
  }

  /** A ledger that sent {@code records}, ids 1, 2, 3 ..., none acknowledged. */
  private static SequenceLedger<String> sending(String... records) {
    SequenceLedger<String> l = ledger(1000);
    for (String r : records) {
      assertThat(l.sent(r)).isTrue();
    }
    return l;
  }

  @Test
  void sentRecordsAreNumberedFromOneAndKeptUntilAcknowledged() {
    SequenceLedger<String> l = ledger(1000);
    assertThat(l.resumeFrom()).as("nothing sent: the next id").isEqualTo(1);
    assertThat(l.replay()).isEmpty();
    assertThat(l.sent("a")).isTrue();
    assertThat(l.sent("bb")).isTrue();
    assertThat(l.sent("ccc")).isTrue();
    assertThat(l.unackedSize()).isEqualTo(6);
    assertThat(l.unackedCount()).isEqualTo(3);
    assertThat(l.resumeFrom()).as("nothing acknowledged: from the first").isEqualTo(1);

    l.acknowledged(2);
    assertThat(l.resumeFrom()).isEqualTo(3);
    assertThat(l.replay()).containsExactly("ccc");
    assertThat(l.unackedSize()).isEqualTo(3);
    assertThat(l.unackedCount()).isOne();

    l.acknowledged(3);
    assertThat(l.resumeFrom()).as("all acknowledged: the next id").isEqualTo(4);
    assertThat(l.replay()).isEmpty();
    assertThat(l.unackedSize()).isZero();
    assertThat(l.unackedCount()).isZero();

    assertThat(l.sent("dddd")).isTrue();
    assertThat(l.resumeFrom()).as("ids go on after an ack").isEqualTo(4);
  }

  @Test
  void theReplayIsOldestFirstAndLeavesTheRecordsKept() {
    SequenceLedger<String> l = ledger(1000);
    List<String> sent = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      String r = "r" + i;
      sent.add(r);
      l.sent(r);
    }
    l.acknowledged(5);
    assertThat(l.replay()).containsExactlyElementsOf(sent.subList(5, 20));
    assertThat(l.replay()).as("replaying keeps them for the next resume").hasSize(15);
    assertThat(l.resumeFrom()).isEqualTo(6);
  }

  @Test
  void anOldAnUnknownOrAZeroAckChangesNothingOrReleasesEverything() {
    SequenceLedger<String> l = sending("a", "b", "c");
    l.acknowledged(0);
    l.acknowledged(-1);
    assertThat(l.unackedCount()).as("ids start at 1: nothing to release").isEqualTo(3);
    l.acknowledged(2);
    l.acknowledged(1); // older than the last ack
    assertThat(l.replay()).containsExactly("c");
    l.acknowledged(99); // beyond anything sent: everything is processed
    assertThat(l.replay()).isEmpty();
    assertThat(l.unackedSize()).isZero();
    assertThat(l.resumeFrom()).as("the next id is not moved by the ack").isEqualTo(4);
  }

  @Test
  void pastTheBudgetARecordIsStillKeptButReported() {
    SequenceLedger<String> l = ledger(4);
    assertThat(l.sent("abcd")).as("exactly the budget").isTrue();
    assertThat(l.sent("e")).as("one past it").isFalse();
    assertThat(l.unackedSize()).isEqualTo(5);
    assertThat(l.replay()).containsExactly("abcd", "e");
    assertThat(l.sent("")).as("still past it").isFalse();
    l.acknowledged(2);
    assertThat(l.unackedSize()).isZero();
    assertThat(l.unackedCount()).as("the empty record 3 is still kept").isOne();
    assertThat(l.sent("wxyz")).as("room again once acknowledged").isTrue();
  }

  @Test
  void theSizeIsWhatTheFunctionSaysAndTakenOncePerRecord() {
    int[] calls = {0};
    SequenceLedger<byte[]> l =
        new SequenceLedger<>(
            b -> {
              calls[0]++;
              return b.length;
            },
            10);
    assertThat(l.sent(new byte[6])).isTrue();
    assertThat(l.sent(new byte[5])).isFalse();
    l.acknowledged(1);
    assertThat(l.unackedSize()).isEqualTo(5);
    l.replay();
    l.resumeFrom();
    l.acknowledged(2);
    assertThat(l.unackedSize()).isZero();
    assertThat(calls[0]).isEqualTo(2);
  }

  @Test
  void everyNewIdIsProcessedOnceInOrder() {
    SequenceLedger<String> l = ledger(100);
    assertThat(l.processed()).isZero();
    assertThat(l.awaitingSequence()).isFalse();
    assertThat(l.received()).isTrue(); // 1
    assertThat(l.received()).isTrue(); // 2
    assertThat(l.received()).isTrue(); // 3
    assertThat(l.processed()).isEqualTo(3);
  }

  /** A ledger that processed ids 1 to {@code received}, then lost its socket to a new one. */
  private static SequenceLedger<String> resumedAfter(int received) {
    SequenceLedger<String> l = ledger(100);
    for (int i = 0; i < received; i++) {
      assertThat(l.received()).isTrue();
    }
    l.resumed();
    assertThat(l.awaitingSequence()).isTrue();
    return l;
  }

  @ParameterizedTest(name = "Sequence {0} after 1 to 3")
  @ValueSource(longs = {1, 2, 3, 4})
  void afterAResumeTheRepeatsOfTheReplayAreDroppedAndTheRestIsNew(long from) {
    SequenceLedger<String> l = resumedAfter(3);
    assertThat(l.received()).as("before the peer's Sequence").isFalse();
    assertThat(l.processed()).as("nothing before the Sequence counts").isEqualTo(3);

    assertThat(l.sequence(from)).isTrue();
    assertThat(l.awaitingSequence()).isFalse();
    for (long id = from; id <= 3; id++) {
      assertThat(l.received()).as("%d again", id).isFalse();
    }
    assertThat(l.received()).as("4, new").isTrue();
    assertThat(l.processed()).isEqualTo(4);
  }

  @Test
  void aSequencePastWhatWasReceivedIsAGapAndChangesNothing() {
    SequenceLedger<String> l = resumedAfter(1);
    assertThat(l.sequence(3)).as("2 would be missing").isFalse();
    assertThat(l.sequence(0)).as("ids start at 1").isFalse();
    assertThat(l.sequence(-5)).isFalse();
    assertThat(l.awaitingSequence()).as("a refused Sequence ends no wait").isTrue();
    assertThat(l.received()).isFalse();
    assertThat(l.processed()).isOne();
    assertThat(l.sequence(2)).as("nothing missing").isTrue();
    assertThat(l.received()).isTrue();
    assertThat(l.processed()).isEqualTo(2);
  }

  @Test
  void aSecondResumeBeforeTheSequenceStillWaitsForIt() {
    SequenceLedger<String> l = resumedAfter(1);
    l.resumed(); // the new socket dropped too, another one took over
    assertThat(l.received()).isFalse();
    assertThat(l.sequence(2)).isTrue();
    assertThat(l.received()).isTrue();
    assertThat(l.processed()).isEqualTo(2);
  }

  @Test
  void theTwoDirectionsAreCountedApart() {
    SequenceLedger<String> l = sending("a", "b");
    assertThat(l.processed()).as("sending processes nothing").isZero();
    l.received();
    l.resumed();
    assertThat(l.resumeFrom()).as("receiving and resuming release nothing").isEqualTo(1);
    assertThat(l.replay()).containsExactly("a", "b");
  }
}

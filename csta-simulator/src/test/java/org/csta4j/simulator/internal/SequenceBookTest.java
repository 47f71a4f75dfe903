package org.csta4j.simulator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SequenceBookTest {
  @Test
  void sentRecordsAreKeptUntilAcknowledgedAndReplayedFromTheFirstKept() {
    SequenceBook book = new SequenceBook();
    assertThat(book.resumeFrom()).as("nothing sent: the next id").isEqualTo(1);
    assertThat(book.sent("a")).isEqualTo(1);
    assertThat(book.sent("bb")).isEqualTo(2);
    assertThat(book.sent("ccc")).isEqualTo(3);
    assertThat(book.unackedChars()).isEqualTo(6);

    book.acknowledged(2);
    assertThat(book.replay()).containsExactly("ccc");
    assertThat(book.resumeFrom()).isEqualTo(3);
    assertThat(book.unackedChars()).isEqualTo(3);

    book.acknowledged(1); // an older ack changes nothing
    assertThat(book.unackedCount()).isOne();
    book.acknowledged(3);
    assertThat(book.replay()).isEmpty();
    assertThat(book.resumeFrom()).as("all acknowledged: the next id").isEqualTo(4);
    assertThat(book.unackedChars()).isZero();
  }

  @Test
  void receivedDuplicatesAfterASequenceAreDropped() {
    SequenceBook book = new SequenceBook();
    assertThat(book.received()).isTrue(); // 1
    assertThat(book.received()).isTrue(); // 2
    assertThat(book.processed()).isEqualTo(2);

    book.resumed();
    assertThat(book.received()).as("before the peer's Sequence").isFalse();
    assertThat(book.sequence(1)).isTrue();
    assertThat(book.received()).as("1 again").isFalse();
    assertThat(book.received()).as("2 again").isFalse();
    assertThat(book.received()).as("3 is new").isTrue();
    assertThat(book.processed()).isEqualTo(3);
  }

  @Test
  void aSequenceThatSkipsUnreceivedMessagesIsRefused() {
    SequenceBook book = new SequenceBook();
    assertThat(book.received()).isTrue();
    book.resumed();
    assertThat(book.sequence(3)).as("2 was never received").isFalse();
    assertThat(book.sequence(0)).isFalse();
    assertThat(book.sequence(2)).isTrue();
    assertThat(book.received()).isTrue();
    assertThat(book.processed()).isEqualTo(2);
  }
}

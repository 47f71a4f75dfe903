package org.csta4j.simulator.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The stateful reconnect bookkeeping of one connection (HubProtocol.md "Stateful Reconnect"): the
 * ids of the trackable messages sent and the replay buffer of those the client has not
 * acknowledged; and the ids of the trackable messages received, to drop the duplicates a client
 * replays. Ids start at 1 in each direction and are never reset. Not thread-safe: the outbound half
 * is guarded by the connection's send lock, the inbound half by its receive lock.
 */
final class SequenceBook {
  private record Sent(long id, String record) {}

  // outbound
  private long lastSent;
  private final Deque<Sent> unacked = new ArrayDeque<>();
  private long unackedChars;

  // inbound
  private long nextReceived = 1;
  private long processed;
  private boolean awaitingSequence;

  /** Gives a trackable record the next id and keeps it until acknowledged; returns the id. */
  long sent(String record) {
    lastSent++;
    unacked.addLast(new Sent(lastSent, record));
    unackedChars += record.length();
    return lastSent;
  }

  /** The client processed every message up to {@code id}: they need no replay. */
  void acknowledged(long id) {
    while (!unacked.isEmpty() && unacked.peekFirst().id() <= id) {
      unackedChars -= unacked.removeFirst().record().length();
    }
  }

  /** The characters of the records kept for replay. */
  long unackedChars() {
    return unackedChars;
  }

  /** How many records are kept for replay. */
  int unackedCount() {
    return unacked.size();
  }

  /**
   * The id a Sequence message names on a resume: the first record replayed, or the next id when
   * nothing is kept.
   */
  long resumeFrom() {
    return unacked.isEmpty() ? lastSent + 1 : unacked.peekFirst().id();
  }

  /** The records to replay after the Sequence message, oldest first. */
  List<String> replay() {
    List<String> records = new ArrayList<>(unacked.size());
    for (Sent s : unacked) {
      records.add(s.record());
    }
    return records;
  }

  /** A new socket resumed the connection: inbound messages count only after the peer's Sequence. */
  void resumed() {
    awaitingSequence = true;
  }

  /**
   * A trackable message arrived: whether to process it. False for a duplicate (its id is not above
   * the highest processed) and for anything before the peer's Sequence after a resume.
   */
  boolean received() {
    if (awaitingSequence) {
      return false;
    }
    long id = nextReceived++;
    if (id <= processed) {
      return false;
    }
    processed = id;
    return true;
  }

  /**
   * The peer's Sequence message: its next trackable message has this id. False when that would skip
   * messages never received (a gap no replay can fill).
   */
  boolean sequence(long id) {
    if (id < 1 || id > processed + 1) {
      return false;
    }
    nextReceived = id;
    awaitingSequence = false;
    return true;
  }

  /** The highest inbound id processed, what an Ack names. */
  long processed() {
    return processed;
  }
}

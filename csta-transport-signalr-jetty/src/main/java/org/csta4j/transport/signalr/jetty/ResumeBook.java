package org.csta4j.transport.signalr.jetty;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The client's stateful reconnect bookkeeping for one connection (HubProtocol.md, "Stateful
 * Reconnect"). Outbound: each record that carries a sequence id (types 1 to 5: for this client,
 * invocations) gets the next id and is kept, as sent, until the gateway acknowledges it, to be
 * replayed on a resume; the bytes kept are bounded. Inbound: the records that carry an id are
 * counted, to acknowledge them and to drop the duplicates the gateway replays. Ids start at 1 in
 * each direction and are never reset.
 *
 * <p>Not thread-safe: the outbound half is guarded by the transport's send lock, the inbound half
 * is used on the reading thread only ({@link #processed()} may be read from anywhere).
 */
final class ResumeBook {
  private static final class Kept {
    final long id;
    final byte[] record;

    Kept(long id, byte[] record) {
      this.id = id;
      this.record = record;
    }
  }

  private final long limitBytes;

  // outbound
  private long lastSent;
  private final Deque<Kept> unacked = new ArrayDeque<>();
  private long unackedBytes;

  // inbound
  private long nextReceived = 1;
  private volatile long processed;
  private volatile boolean awaitingSequence;

  /**
   * A book for a new connection.
   *
   * @param limitBytes how many bytes of unacknowledged records it keeps at most
   */
  ResumeBook(long limitBytes) {
    this.limitBytes = limitBytes;
  }

  /**
   * A record that carries a sequence id is sent (or, while interrupted, queued): it gets the next
   * id and is kept until acknowledged.
   *
   * @return false when the records kept now exceed the limit: the connection cannot be resumed
   */
  boolean sent(byte[] record) {
    lastSent++;
    unacked.addLast(new Kept(lastSent, record));
    unackedBytes += record.length;
    return unackedBytes <= limitBytes;
  }

  /** The gateway processed every record up to {@code id}: they need no replay. */
  void acknowledged(long id) {
    while (!unacked.isEmpty() && unacked.peekFirst().id <= id) {
      unackedBytes -= unacked.removeFirst().record.length;
    }
  }

  /** {@return the bytes of the records kept for replay} */
  long unackedBytes() {
    return unackedBytes;
  }

  /**
   * {@return what our Sequence message names on a resume: the id of the first record replayed, or
   * the next id when nothing is kept}
   */
  long resumeFrom() {
    return unacked.isEmpty() ? lastSent + 1 : unacked.peekFirst().id;
  }

  /** {@return the records to replay after our Sequence message, oldest first} */
  List<byte[]> replay() {
    List<byte[]> records = new ArrayList<>(unacked.size());
    for (Kept k : unacked) {
      records.add(k.record);
    }
    return records;
  }

  /** A new socket resumes the connection: records count again only after the gateway's Sequence. */
  void resumed() {
    awaitingSequence = true;
  }

  /**
   * A record that carries a sequence id arrived: {@return whether to process it} False for a
   * duplicate (its id is not above the highest processed) and for anything before the gateway's
   * Sequence on a resumed socket.
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
   * The gateway's Sequence message: its next record carries this id. {@return false when that would
   * skip records never received, a gap no replay fills}
   */
  boolean sequence(long id) {
    if (id < 1 || id > processed + 1) {
      return false;
    }
    nextReceived = id;
    awaitingSequence = false;
    return true;
  }

  /** {@return whether a resumed socket still waits for the gateway's Sequence} */
  boolean awaitingSequence() {
    return awaitingSequence;
  }

  /** {@return the highest inbound id processed, what an Ack names} */
  long processed() {
    return processed;
  }
}

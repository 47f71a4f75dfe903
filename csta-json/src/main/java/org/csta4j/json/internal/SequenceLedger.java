package org.csta4j.json.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The stateful reconnect bookkeeping of one SignalR connection (HubProtocol.md, "Stateful
 * Reconnect"), the same on either end. Outbound: each record that carries a sequence id (message
 * types 1 to 5) gets the next id and is kept, as sent, until the peer acknowledges it, to be
 * replayed on a resume; what is kept is measured against a budget. Inbound: the records that carry
 * an id are counted, to acknowledge them and to drop the duplicates the peer replays. Ids start at
 * 1 in each direction and are never reset. The simulator keeps its records as text, the Jetty
 * transport as bytes: the size function says what a record weighs.
 *
 * <p>Not thread-safe: the outbound half ({@link #sent}, {@link #acknowledged}, {@link
 * #resumeFrom()}, {@link #replay()}, the sizes) needs one lock, the inbound half ({@link
 * #resumed()}, {@link #received()}, {@link #sequence}) one reading thread or another lock. {@link
 * #processed()} and {@link #awaitingSequence()} may be read from any thread.
 *
 * @param <R> a record as it goes on the wire
 */
public final class SequenceLedger<R> {
  private record Kept<R>(long id, R record, long size) {}

  private final ToLongFunction<? super R> size;
  private final long budget;

  // outbound
  private long lastSent;
  private final Deque<Kept<R>> unacked = new ArrayDeque<>();
  private long unackedSize;

  // inbound
  private long nextReceived = 1;
  private volatile long processed;
  private volatile boolean awaitingSequence;

  /**
   * A ledger for a new connection.
   *
   * @param size what a record weighs against the budget (its characters, its bytes ...); called
   *     once per record, when it is sent
   * @param budget how much of unacknowledged records may be kept, in the size function's unit
   */
  public SequenceLedger(ToLongFunction<? super R> size, long budget) {
    this.size = size;
    this.budget = budget;
  }

  /**
   * A record that carries a sequence id is sent (or queued while no socket is up): it gets the next
   * id and is kept until acknowledged, even past the budget.
   *
   * @param record the record as sent
   * @return false when the records kept now exceed the budget: the connection cannot be resumed
   *     without a gap, and its owner ends it
   */
  public boolean sent(R record) {
    long weight = size.applyAsLong(record);
    lastSent++;
    unacked.addLast(new Kept<>(lastSent, record, weight));
    unackedSize += weight;
    return unackedSize <= budget;
  }

  /**
   * The peer processed every record up to {@code id}: they need no replay. An id at or below an
   * earlier ack changes nothing; one above everything sent releases everything.
   *
   * @param id the sequence id the peer's Ack names
   */
  public void acknowledged(long id) {
    while (!unacked.isEmpty() && unacked.peekFirst().id() <= id) {
      unackedSize -= unacked.removeFirst().size();
    }
  }

  /** {@return the size of the records kept for replay, in the size function's unit} */
  public long unackedSize() {
    return unackedSize;
  }

  /** {@return how many records are kept for replay} */
  public int unackedCount() {
    return unacked.size();
  }

  /**
   * {@return what our Sequence message names on a resume: the id of the first record replayed, or
   * the next id when nothing is kept}
   */
  public long resumeFrom() {
    return unacked.isEmpty() ? lastSent + 1 : unacked.peekFirst().id();
  }

  /** {@return the records to replay after our Sequence message, oldest first} */
  public List<R> replay() {
    List<R> records = new ArrayList<>(unacked.size());
    for (Kept<R> k : unacked) {
      records.add(k.record());
    }
    return records;
  }

  /** A new socket resumes the connection: records count again only after the peer's Sequence. */
  public void resumed() {
    awaitingSequence = true;
  }

  /**
   * A record that carries a sequence id arrived: {@return whether to process it} False for a
   * duplicate (its id is not above the highest processed) and for anything before the peer's
   * Sequence on a resumed socket.
   */
  public boolean received() {
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
   * The peer's Sequence message: its next record carries this id. {@return false when that would
   * skip records never received, a gap no replay fills; the ledger is then unchanged}
   *
   * @param id the sequence id the peer's Sequence names
   */
  public boolean sequence(long id) {
    if (id < 1 || id > processed + 1) {
      return false;
    }
    nextReceived = id;
    awaitingSequence = false;
    return true;
  }

  /** {@return whether a resumed socket still waits for the peer's Sequence} */
  public boolean awaitingSequence() {
    return awaitingSequence;
  }

  /** {@return the highest inbound id processed, what an Ack names} */
  public long processed() {
    return processed;
  }
}

package org.csta4j.session;

/**
 * Events arrived faster than listeners or a subscriber consumed them and a bounded buffer filled.
 * For the session's dispatch queue this starts recovery and resync (reported as a {@link
 * SessionFault}); for a {@link java.util.concurrent.Flow.Subscriber} it ends that subscription with
 * this error. Events are never dropped silently.
 */
public final class EventOverflowException extends SessionException {
  private static final long serialVersionUID = 1L;

  /**
   * An overflow.
   *
   * @param message which buffer overflowed (the session's or a subscriber's) and its capacity
   */
  public EventOverflowException(String message) {
    super(message);
  }
}

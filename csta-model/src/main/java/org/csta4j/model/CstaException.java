package org.csta4j.model;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception csta4j throws, unchecked, so that one {@code catch (CstaException e)}
 * covers them all. Its subclasses say what failed: the gateway answered with a CSTA failure ({@link
 * CstaFailureException}), a message could not be encoded or decoded, the transport lost its
 * connection, timed out or was refused, the session was closed or could not log in. Every message
 * names the request or setting concerned and never contains a credential.
 */
public abstract class CstaException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with this message and no cause.
   *
   * @param message what failed, naming the request or setting concerned; never a credential
   */
  protected CstaException(String message) {
    super(message);
  }

  /**
   * An exception with this message and cause.
   *
   * @param message what failed, naming the request or setting concerned; never a credential
   * @param cause the underlying failure, or null if there is none
   */
  protected CstaException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}

package org.csta4j.transport;

/**
 * The gateway refused an invocation with an error of its own, not a CSTA answer: for SignalR, a
 * Completion error such as {@code "Unknown hub method 'ParkCall'"} or a failure inside the hub. The
 * message reads {@code the gateway refused <method>: <its words>}. The connection stays up; whether
 * a retry can help depends on the gateway's words, which {@link #gatewayError()} gives verbatim.
 */
public final class GatewayRefusedException extends TransportException {
  private static final long serialVersionUID = 1L;

  /** The hub method the gateway refused. */
  private final String method;

  /** The gateway's error text, verbatim. */
  private final String gatewayError;

  /**
   * A refusal of this method with the gateway's words.
   *
   * @param method the hub method the gateway refused, e.g. {@code "MakeCall"}
   * @param gatewayError the gateway's error text, verbatim
   */
  public GatewayRefusedException(String method, String gatewayError) {
    super("the gateway refused " + method + ": " + gatewayError);
    this.method = method;
    this.gatewayError = gatewayError;
  }

  /** {@return the hub method the gateway refused, e.g. {@code "MakeCall"}} */
  public String method() {
    return method;
  }

  /** {@return the gateway's error text, verbatim} */
  public String gatewayError() {
    return gatewayError;
  }
}

package org.csta4j.transport;

/**
 * The gateway's hub refused an invocation with an error of its own (a SignalR Completion error such
 * as "Unknown hub method"), not a CSTA answer. The message names the method and quotes the gateway.
 */
public final class HubErrorException extends TransportException {
  private static final long serialVersionUID = 1L;

  private final String method;
  private final String gatewayError;

  public HubErrorException(String method, String gatewayError) {
    super(method + " failed at the gateway: " + gatewayError);
    this.method = method;
    this.gatewayError = gatewayError;
  }

  public String method() {
    return method;
  }

  /** The gateway's words. */
  public String gatewayError() {
    return gatewayError;
  }
}

package org.csta4j.model;

/**
 * The gateway answered a request with a failure: a CSTA universal failure or an ECMA-354 negative
 * response. The message names the method, the category and the value.
 */
public final class CstaFailureException extends CstaException {
  private static final long serialVersionUID = 1L;

  /** The hub method that failed; part of the serial form. */
  private final String method;

  private final transient CstaFailure failure;

  /**
   * The failure {@code failure} of hub method {@code method}; the message reads {@code "<method>
   * failed: <category>/<value>"}.
   *
   * @param method the hub method that failed, e.g. {@code "MakeCall"}
   * @param failure the failure as the gateway sent it
   */
  public CstaFailureException(String method, CstaFailure failure) {
    super(method + " failed: " + failure.errorCategory() + "/" + failure.errorValue());
    this.method = method;
    this.failure = failure;
  }

  /** {@return the hub method that failed, e.g. {@code "MakeCall"}} */
  public String method() {
    return method;
  }

  /**
   * {@return the failure as the gateway sent it; {@link CstaFailure#errorCategory()} and {@link
   * CstaFailure#errorValue()} say what went wrong}
   */
  public CstaFailure failure() {
    return failure;
  }
}

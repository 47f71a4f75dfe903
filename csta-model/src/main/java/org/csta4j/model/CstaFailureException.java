package org.csta4j.model;

/**
 * The gateway answered a request with a failure: a CSTA universal failure or an ECMA-354 negative
 * response. The message names the method, the category and the value.
 */
public final class CstaFailureException extends CstaException {
  private static final long serialVersionUID = 1L;

  private final String method;
  private final transient CstaFailure failure;

  public CstaFailureException(String method, CstaFailure failure) {
    super(method + " failed: " + failure.errorCategory() + "/" + failure.errorValue());
    this.method = method;
    this.failure = failure;
  }

  /** The hub method that failed. */
  public String method() {
    return method;
  }

  /** The failure as the gateway sent it. */
  public CstaFailure failure() {
    return failure;
  }
}

package org.csta4j.json;

/**
 * A message could not be encoded or decoded. The message text names the CSTA message, the JSON path
 * where the problem is (a JSON Pointer, {@code ""} for the root) and what was wrong; the input is
 * never echoed beyond a short excerpt, so credentials do not leak into logs.
 */
public final class CstaCodecException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String messageName;
  private final String jsonPath;

  CstaCodecException(String messageName, String jsonPath, String problem, Throwable cause) {
    super(messageName + ": " + problem + " at '" + jsonPath + "'", cause);
    this.messageName = messageName;
    this.jsonPath = jsonPath;
  }

  CstaCodecException(String messageName, String jsonPath, String problem) {
    this(messageName, jsonPath, problem, null);
  }

  /** The hub method or event name being decoded or encoded, e.g. {@code "Delivered"}. */
  public String messageName() {
    return messageName;
  }

  /** Where in the JSON the problem is, as a JSON Pointer such as {@code /connection/callID}. */
  public String jsonPath() {
    return jsonPath;
  }
}

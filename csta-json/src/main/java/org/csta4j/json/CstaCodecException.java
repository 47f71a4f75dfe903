package org.csta4j.json;

import org.csta4j.model.CstaException;
import org.jspecify.annotations.Nullable;

/**
 * A message could not be encoded or decoded. The message text names the CSTA message, the JSON path
 * where the problem is (a JSON Pointer, {@code ""} for the root) and what was wrong; the input is
 * never echoed beyond a short excerpt of a non-secret value, so credentials do not leak into logs.
 * Thrown by {@link CstaCodec} on the calling thread; the codec stays usable afterwards.
 */
public final class CstaCodecException extends CstaException {
  private static final long serialVersionUID = 1L;

  /** The hub method or event name. */
  private final String messageName;

  /** The JSON Pointer of the problem. */
  private final String jsonPath;

  CstaCodecException(
      String messageName, String jsonPath, String problem, @Nullable Throwable cause) {
    super(messageName + ": " + problem + " at '" + jsonPath + "'", cause);
    this.messageName = messageName;
    this.jsonPath = jsonPath;
  }

  CstaCodecException(String messageName, String jsonPath, String problem) {
    this(messageName, jsonPath, problem, null);
  }

  /** {@return the hub method or event name being decoded or encoded, e.g. {@code "Delivered"}} */
  public String messageName() {
    return messageName;
  }

  /**
   * {@return where in the JSON the problem is, as a JSON Pointer such as {@code
   * /connection/callID}; {@code ""} for the root}
   */
  public String jsonPath() {
    return jsonPath;
  }
}

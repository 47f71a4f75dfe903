package org.csta4j.model;

import java.util.Optional;

/**
 * Any CSTA message: a request, a response, an event or an error. Every message may carry uni-tel's
 * {@link PrivateData} at its root and keeps the fields the model does not know.
 */
public interface CstaMessage extends Extensible {
  /** {@return vendor data at the message root (uni-tel places {@code requestId} here)} */
  Optional<PrivateData> privateData();
}

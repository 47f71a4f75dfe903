package org.csta4j.model;

import java.util.Map;

/**
 * A model value that keeps the fields it does not know. Keys are exactly as they arrived on the
 * wire; values are the raw JSON. A codec re-emits them on encode, so a value read from a gateway
 * and written back loses nothing.
 */
public interface Extensible {
  /** {@return fields this model type does not define, by their wire key, in arrival order} */
  Map<String, RawJson> unknownFields();
}

package org.csta4j.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/** Reads and writes one model type. The parser is positioned on the value's first token. */
interface TypeCodec<T> {
  T read(JsonParser p, ReadContext ctx) throws IOException;

  void write(T value, JsonGenerator g, WriteContext ctx) throws IOException;
}

package org.csta4j.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import org.csta4j.model.RawJson;
import org.jspecify.annotations.Nullable;

/** What a read needs besides the parser: the message being read, and the codec's settings. */
record ReadContext(String messageName, Codecs codecs) {
  CstaCodecException fail(JsonParser p, String problem) {
    return new CstaCodecException(messageName, path(p), problem);
  }

  CstaCodecException fail(JsonParser p, String problem, @Nullable Throwable cause) {
    return new CstaCodecException(messageName, path(p), problem, cause);
  }

  static String path(JsonParser p) {
    return p.getParsingContext().pathAsPointer().toString();
  }

  /** A short description of the current token for error messages, never the value itself. */
  static String describe(@Nullable JsonToken t) {
    if (t == null) {
      return "end of input";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.name();
    };
  }

  /** Captures the current value (and its children) verbatim. */
  RawJson capture(JsonParser p) throws IOException {
    StringWriter w = new StringWriter();
    try (var g = codecs.factory.createGenerator(w)) {
      copyValue(p, g);
    }
    return RawJson.of(w.toString());
  }

  /**
   * Copies the current value and its children, leaving the parser on its last token. Unlike {@link
   * JsonGenerator#copyCurrentStructure}, numbers keep their text: {@code 1.10} stays {@code 1.10}
   * rather than becoming the double {@code 1.1}.
   */
  static void copyValue(JsonParser p, JsonGenerator g) throws IOException {
    int depth = 0;
    do {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_NUMBER_FLOAT) {
        g.writeNumber(p.getText());
      } else {
        g.copyCurrentEvent(p);
      }
      if (t.isStructStart()) {
        depth++;
      } else if (t.isStructEnd()) {
        depth--;
      }
    } while (depth > 0 && p.nextToken() != null);
  }

  /** An object of raw entries, as JSON. */
  RawJson object(java.util.Map<String, RawJson> entries) throws IOException {
    StringWriter w = new StringWriter();
    try (var g = codecs.factory.createGenerator(w)) {
      g.writeStartObject();
      WriteContext.writeUnknown(g, entries);
      g.writeEndObject();
    }
    return RawJson.of(w.toString());
  }

  /** Expects an object start at the current token. */
  void expectObject(JsonParser p, String what) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw fail(p, "expected " + what + " as an object but found " + describe(p.currentToken()));
    }
  }
}

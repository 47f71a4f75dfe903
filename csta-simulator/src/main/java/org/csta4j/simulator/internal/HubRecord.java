package org.csta4j.simulator.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One SignalR JSON hub protocol message, as read from a client; and the writers of server messages.
 */
final class HubRecord {
  static final char SEPARATOR = '\u001e';
  static final JsonFactory JSON = new JsonFactory();

  int type = -1;
  @Nullable String invocationId;
  @Nullable String target;
  final List<byte[]> arguments = new ArrayList<>();
  boolean hasStreamIds;
  @Nullable String protocol; // handshake
  int version = -1; // handshake
  long sequenceId = -1; // ack and sequence

  /** Parses one record (without its separator). */
  static HubRecord parse(byte[] bytes, int offset, int length) throws IOException {
    HubRecord r = new HubRecord();
    try (JsonParser p = JSON.createParser(bytes, offset, length)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("a hub message must be a JSON object");
      }
      String name;
      while ((name = p.nextFieldName()) != null) {
        JsonToken t = p.nextToken();
        switch (name) {
          case "type" -> r.type = t == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : -1;
          case "invocationId" -> r.invocationId = t == JsonToken.VALUE_NULL ? null : p.getText();
          case "target" -> r.target = p.getText();
          case "protocol" -> r.protocol = p.getText();
          case "version" -> r.version = t == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : -1;
          case "sequenceId" ->
              r.sequenceId = t == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : -1;
          case "streamIds" -> {
            r.hasStreamIds = t == JsonToken.START_ARRAY && p.nextToken() != JsonToken.END_ARRAY;
            if (t == JsonToken.START_ARRAY && r.hasStreamIds) {
              p.skipChildren();
              while (p.nextToken() != JsonToken.END_ARRAY) {
                p.skipChildren();
              }
            } else {
              p.skipChildren();
            }
          }
          case "arguments" -> {
            if (t != JsonToken.START_ARRAY) {
              throw new IOException("arguments must be an array");
            }
            while (p.nextToken() != JsonToken.END_ARRAY) {
              r.arguments.add(capture(p));
            }
          }
          default -> p.skipChildren(); // headers and anything else are ignored, as the spec asks
        }
      }
      if (p.nextToken() != null) {
        throw new IOException("trailing content after the hub message");
      }
    }
    return r;
  }

  private static byte[] capture(JsonParser p) throws IOException {
    try (ByteArrayBuilder out = new ByteArrayBuilder();
        JsonGenerator g = JSON.createGenerator(out)) {
      g.copyCurrentStructure(p);
      g.flush();
      return out.toByteArray();
    }
  }

  static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2);
    sb.append('"');
    com.fasterxml.jackson.core.io.CharTypes.appendQuoted(sb, s);
    return sb.append('"').toString();
  }

  static String invocation(String target, byte[] argument) {
    return "{\"type\":1,\"target\":"
        + quote(target)
        + ",\"arguments\":["
        + new String(argument, StandardCharsets.UTF_8)
        + "]}";
  }

  static String completion(String invocationId, byte @Nullable [] result) {
    StringBuilder sb = new StringBuilder(64).append("{\"type\":3,\"invocationId\":");
    sb.append(quote(invocationId));
    if (result != null) {
      sb.append(",\"result\":").append(new String(result, StandardCharsets.UTF_8));
    }
    return sb.append('}').toString();
  }

  static String completionError(String invocationId, String error) {
    return "{\"type\":3,\"invocationId\":"
        + quote(invocationId)
        + ",\"error\":"
        + quote(error)
        + "}";
  }

  static String close(@Nullable String error) {
    return error == null
        ? "{\"type\":7,\"allowReconnect\":false}"
        : "{\"type\":7,\"error\":" + quote(error) + ",\"allowReconnect\":false}";
  }

  static final String PING = "{\"type\":6}";

  /** Stateful reconnect: the highest trackable message id this side has processed. */
  static String ack(long sequenceId) {
    return "{\"type\":8,\"sequenceId\":" + sequenceId + "}";
  }

  /** Stateful reconnect: the id of the first trackable message this side sends after a resume. */
  static String sequence(long sequenceId) {
    return "{\"type\":9,\"sequenceId\":" + sequenceId + "}";
  }

  /** Whether a message of this type gets a sequence id (invocations, stream items, completions). */
  static boolean trackable(int type) {
    return type >= 1 && type <= 5;
  }
}

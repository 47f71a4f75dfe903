package org.csta4j.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.csta4j.json.CstaCodec;
import org.csta4j.model.CstaResponse;
import org.jspecify.annotations.Nullable;

/**
 * The {@code --json} output: one JSON object per line, for scripts and {@code jq}.
 *
 * <ul>
 *   <li>an event: {@code {"event":"Delivered","device":"101","data":{...}}}, {@code data} being the
 *       event as the session renders it for {@code onRawEvent} (fields the model does not know
 *       included), {@code device} the monitored device it was reported for (absent when none);
 *   <li>a response: {@code {"response":"MakeCall","data":{...}}}, {@code data} encoded by {@link
 *       CstaCodec#encode}.
 * </ul>
 */
final class JsonLines {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final CstaCodec codec;

  JsonLines(CstaCodec codec) {
    this.codec = codec;
  }

  String event(String name, @Nullable String device, String json) {
    return object("event", name, device, json);
  }

  String response(String service, CstaResponse response) {
    return object(
        "response", service, null, new String(codec.encode(response), StandardCharsets.UTF_8));
  }

  private static String object(String kind, String name, @Nullable String device, String data) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(text)) {
      g.writeStartObject();
      g.writeStringField(kind, name);
      if (device != null) {
        g.writeStringField("device", device);
      }
      g.writeFieldName("data");
      // one object per line, whatever whitespace the rendering had
      g.writeRawValue(data.replace("\r", " ").replace("\n", " "));
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }
}

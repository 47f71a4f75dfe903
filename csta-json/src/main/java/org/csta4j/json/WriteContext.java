package org.csta4j.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.util.Map;
import org.csta4j.model.RawJson;

/** What a write needs: the dialect and the codec's settings. */
final class WriteContext {
  final JsonDialect dialect;
  final Codecs codecs;
  final int keyVariant;

  WriteContext(JsonDialect dialect, Codecs codecs) {
    this.dialect = dialect;
    this.codecs = codecs;
    this.keyVariant = dialect.keyVariant();
  }

  boolean flatDevices() {
    return dialect.deviceForm() == JsonDialect.DeviceForm.FLAT;
  }

  boolean numericEnums() {
    return dialect.enumForm() == JsonDialect.EnumForm.NUMBERS;
  }

  void name(JsonGenerator g, SerializableString[] variants) throws IOException {
    g.writeFieldName(variants[keyVariant]);
  }

  static void writeUnknown(JsonGenerator g, Map<String, RawJson> unknown) throws IOException {
    for (Map.Entry<String, RawJson> e : unknown.entrySet()) {
      g.writeFieldName(e.getKey());
      g.writeRawValue(e.getValue().text());
    }
  }

  /** An empty object, the JSON form of the schema's empty elements ({@code notKnown}). */
  static void writeEmpty(JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeEndObject();
  }
}

package org.csta4j.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.csta4j.model.CorrelatorData;
import org.csta4j.model.CstaErrorCode;
import org.csta4j.model.CstaErrorValue;
import org.csta4j.model.DeviceId;
import org.csta4j.model.ErrorCategory;
import org.csta4j.model.ExtendedDeviceId;
import org.csta4j.model.Extensible;
import org.csta4j.model.RawJson;
import org.csta4j.model.RedirectionDeviceId;
import org.csta4j.model.UserData;
import org.jspecify.annotations.Nullable;

/**
 * The types whose JSON is a choice or a scalar-or-object: device identifiers, the redirection
 * device, correlator and user data, and the universal failure's error code.
 */
final class DeviceCodecs {
  private DeviceCodecs() {}

  private static final SerializableString[] VALUE = Names.variants("value");
  private static final SerializableString[] DEVICE_IDENTIFIER = Names.variants("deviceIdentifier");
  private static final SerializableString[] NUMBER_DIALED = Names.variants("numberDialed");
  private static final SerializableString[] STRING = Names.variants("string");
  private static final SerializableString[] NOT_KNOWN = Names.variants("notKnown");
  private static final SerializableString[] NOT_REQUIRED = Names.variants("notRequired");
  private static final SerializableString[] NOT_SPECIFIED = Names.variants("notSpecified");
  private static final SerializableString[] RESTRICTED = Names.variants("restricted");

  private static final Map<String, ExtendedDeviceId.Kind> EXTENDED_KINDS =
      spellings(
          Map.of(
              "deviceIdentifier", ExtendedDeviceId.Kind.DEVICE_IDENTIFIER,
              // connectionListItem/endpoint spells its device alternative deviceID
              "deviceID", ExtendedDeviceId.Kind.DEVICE_IDENTIFIER,
              "notKnown", ExtendedDeviceId.Kind.NOT_KNOWN,
              "restricted", ExtendedDeviceId.Kind.RESTRICTED));

  private static SerializableString[] extendedName(ExtendedDeviceId.Kind kind) {
    return switch (kind) {
      case DEVICE_IDENTIFIER -> DEVICE_IDENTIFIER;
      case NOT_KNOWN -> NOT_KNOWN;
      case RESTRICTED -> RESTRICTED;
    };
  }

  private static final Map<String, RedirectionDeviceId.Kind> REDIRECTION_KINDS =
      spellings(
          Map.of(
              "numberDialed", RedirectionDeviceId.Kind.NUMBER_DIALED,
              "notKnown", RedirectionDeviceId.Kind.NOT_KNOWN,
              "notRequired", RedirectionDeviceId.Kind.NOT_REQUIRED,
              "notSpecified", RedirectionDeviceId.Kind.NOT_SPECIFIED,
              "restricted", RedirectionDeviceId.Kind.RESTRICTED));

  /** The empty alternatives are values without content: one instance each. */
  private static final ExtendedDeviceId EXTENDED_NOT_KNOWN = ExtendedDeviceId.notKnown();

  private static final ExtendedDeviceId EXTENDED_RESTRICTED = ExtendedDeviceId.restricted();
  private static final RedirectionDeviceId REDIRECTION_NOT_KNOWN =
      RedirectionDeviceId.of(RedirectionDeviceId.Kind.NOT_KNOWN);
  private static final RedirectionDeviceId REDIRECTION_NOT_REQUIRED =
      RedirectionDeviceId.of(RedirectionDeviceId.Kind.NOT_REQUIRED);
  private static final RedirectionDeviceId REDIRECTION_NOT_SPECIFIED =
      RedirectionDeviceId.of(RedirectionDeviceId.Kind.NOT_SPECIFIED);
  private static final RedirectionDeviceId REDIRECTION_RESTRICTED =
      RedirectionDeviceId.of(RedirectionDeviceId.Kind.RESTRICTED);

  /** The empty alternative of a kind; {@code readChoice} never asks for the device kind. */
  private static ExtendedDeviceId emptyExtended(ExtendedDeviceId.Kind kind) {
    return switch (kind) {
      case NOT_KNOWN -> EXTENDED_NOT_KNOWN;
      case RESTRICTED -> EXTENDED_RESTRICTED;
      case DEVICE_IDENTIFIER -> throw new IllegalArgumentException("not an empty kind: " + kind);
    };
  }

  private static RedirectionDeviceId emptyRedirection(RedirectionDeviceId.Kind kind) {
    return switch (kind) {
      case NOT_KNOWN -> REDIRECTION_NOT_KNOWN;
      case NOT_REQUIRED -> REDIRECTION_NOT_REQUIRED;
      case NOT_SPECIFIED -> REDIRECTION_NOT_SPECIFIED;
      case RESTRICTED -> REDIRECTION_RESTRICTED;
      case NUMBER_DIALED -> throw new IllegalArgumentException("not an empty kind: " + kind);
    };
  }

  /** The map keyed by each name as written, its Pascal form and its lower case. */
  private static <V> Map<String, V> spellings(Map<String, V> byName) {
    Map<String, V> all = new java.util.HashMap<>();
    byName.forEach(
        (k, v) -> {
          all.put(k, v);
          all.put(Names.pascal(k), v);
          all.put(Names.lower(k), v);
        });
    return Map.copyOf(all);
  }

  private static <V> @Nullable V kind(Map<String, V> kinds, String key) {
    V v = kinds.get(key);
    return v != null ? v : kinds.get(Names.lower(key));
  }

  private static SerializableString[] redirectionName(RedirectionDeviceId.Kind kind) {
    return switch (kind) {
      case NUMBER_DIALED -> NUMBER_DIALED;
      case NOT_KNOWN -> NOT_KNOWN;
      case NOT_REQUIRED -> NOT_REQUIRED;
      case NOT_SPECIFIED -> NOT_SPECIFIED;
      case RESTRICTED -> RESTRICTED;
    };
  }

  private static boolean isScalar(JsonToken t) {
    return t == JsonToken.VALUE_STRING
        || t == JsonToken.VALUE_NUMBER_INT
        || t == JsonToken.VALUE_NUMBER_FLOAT;
  }

  /**
   * A DeviceID: a string (or number); as an object, its text is {@code value} and the rest is kept.
   */
  static final TypeCodec<DeviceId> DEVICE_ID =
      new TypeCodec<>() {
        @Override
        public DeviceId read(JsonParser p, ReadContext ctx) throws IOException {
          JsonToken t = p.currentToken();
          if (isScalar(t)) {
            String text = p.getText();
            if (!text.isBlank()) {
              return DeviceId.of(text); // the common case, without a builder
            }
            return build(p, ctx, DeviceId.builder().value(text));
          }
          ctx.expectObject(p, "a device id");
          DeviceId.Builder b = DeviceId.builder();
          String name;
          while ((name = p.nextFieldName()) != null) {
            p.nextToken();
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("value") || lower.equals("#text") || lower.equals("text")) {
              b.value(ScalarCodecs.STRING.read(p, ctx));
            } else {
              b.putUnknownFields(name, ctx.capture(p));
            }
          }
          return build(p, ctx, b);
        }

        private DeviceId build(JsonParser p, ReadContext ctx, DeviceId.Builder b) {
          try {
            return b.build();
          } catch (IllegalStateException | IllegalArgumentException e) {
            throw ctx.fail(p, "invalid device id: " + e.getMessage(), e);
          }
        }

        @Override
        public void write(DeviceId value, JsonGenerator g, WriteContext ctx) throws IOException {
          if (value.unknownFields().isEmpty()) {
            g.writeString(value.value());
            return;
          }
          g.writeStartObject();
          ctx.name(g, VALUE);
          g.writeString(value.value());
          WriteContext.writeUnknown(g, value.unknownFields());
          g.writeEndObject();
        }
      };

  /**
   * Reads the single key of a choice object and returns it lower-cased; the parser is then on its
   * value.
   */
  private static String choiceKey(JsonParser p, ReadContext ctx, String what) throws IOException {
    ctx.expectObject(p, what);
    String name = p.nextFieldName();
    if (name == null) {
      throw ctx.fail(p, "empty " + what + ": expected one of its alternatives");
    }
    p.nextToken();
    return name;
  }

  private static void endChoice(JsonParser p, ReadContext ctx, String article, String what)
      throws IOException {
    if (p.nextToken() != JsonToken.END_OBJECT) {
      // the words are made only on failure: this runs for every device choice of every event
      throw ctx.fail(p, article + " " + what + " must hold exactly one alternative");
    }
  }

  /** An empty element ({@code {}}, or {@code null}/{@code true} as some serializers write it). */
  private static void readEmpty(JsonParser p, ReadContext ctx, String what) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      p.skipChildren();
    } else if (t != JsonToken.VALUE_NULL
        && t != JsonToken.VALUE_TRUE
        && t != JsonToken.VALUE_STRING) {
      throw ctx.fail(p, what + " must be an empty object but is " + ReadContext.describe(t));
    }
  }

  /**
   * A device choice: a scalar is its device alternative; an object holds exactly one alternative,
   * the device one or an empty one.
   */
  private static <K, V> V readChoice(
      JsonParser p,
      ReadContext ctx,
      String what,
      Map<String, K> kinds,
      K deviceKind,
      java.util.function.Function<DeviceId, V> withDevice,
      java.util.function.Function<K, V> empty)
      throws IOException {
    if (isScalar(p.currentToken())) {
      return withDevice.apply(DEVICE_ID.read(p, ctx));
    }
    String key = choiceKey(p, ctx, what);
    K kind = kind(kinds, key);
    if (kind == null) {
      throw ctx.fail(p, "unknown " + what + " alternative '" + ScalarCodecs.excerpt(key) + "'");
    }
    V result;
    if (kind == deviceKind) {
      result = withDevice.apply(DEVICE_ID.read(p, ctx));
    } else {
      readEmpty(p, ctx, key);
      result = empty.apply(kind);
    }
    endChoice(p, ctx, "a", what);
    return result;
  }

  static final TypeCodec<ExtendedDeviceId> EXTENDED_DEVICE_ID =
      new TypeCodec<>() {
        @Override
        public ExtendedDeviceId read(JsonParser p, ReadContext ctx) throws IOException {
          return readChoice(
              p,
              ctx,
              "device identifier",
              EXTENDED_KINDS,
              ExtendedDeviceId.Kind.DEVICE_IDENTIFIER,
              ExtendedDeviceId::of,
              DeviceCodecs::emptyExtended);
        }

        @Override
        public void write(ExtendedDeviceId value, JsonGenerator g, WriteContext ctx)
            throws IOException {
          if (value.deviceIdentifier().isPresent()) {
            DeviceId device = value.deviceIdentifier().get();
            if (ctx.flatDevices() && device.unknownFields().isEmpty()) {
              g.writeString(device.value());
              return;
            }
            g.writeStartObject();
            ctx.name(g, DEVICE_IDENTIFIER);
            DEVICE_ID.write(device, g, ctx);
            g.writeEndObject();
            return;
          }
          g.writeStartObject();
          ctx.name(g, extendedName(value.kind()));
          WriteContext.writeEmpty(g);
          g.writeEndObject();
        }
      };

  static final TypeCodec<RedirectionDeviceId> REDIRECTION_DEVICE_ID =
      new TypeCodec<>() {
        @Override
        public RedirectionDeviceId read(JsonParser p, ReadContext ctx) throws IOException {
          return readChoice(
              p,
              ctx,
              "redirection device",
              REDIRECTION_KINDS,
              RedirectionDeviceId.Kind.NUMBER_DIALED,
              RedirectionDeviceId::numberDialed,
              DeviceCodecs::emptyRedirection);
        }

        @Override
        public void write(RedirectionDeviceId value, JsonGenerator g, WriteContext ctx)
            throws IOException {
          g.writeStartObject();
          ctx.name(g, redirectionName(value.kind()));
          if (value.numberDialed().isPresent()) {
            DEVICE_ID.write(value.numberDialed().get(), g, ctx);
          } else {
            WriteContext.writeEmpty(g);
          }
          g.writeEndObject();
        }
      };

  /** Correlator and user data: a string, or an object whose {@code string} is the value. */
  private static final class OpaqueCodec<T extends Extensible> implements TypeCodec<T> {
    private final java.util.function.BiFunction<String, Map<String, RawJson>, T> make;
    private final java.util.function.Function<T, String> value;

    OpaqueCodec(
        java.util.function.BiFunction<String, Map<String, RawJson>, T> make,
        java.util.function.Function<T, String> value) {
      this.make = make;
      this.value = value;
    }

    @Override
    public T read(JsonParser p, ReadContext ctx) throws IOException {
      if (isScalar(p.currentToken())) {
        return make.apply(p.getText(), Map.of());
      }
      ctx.expectObject(p, "application data");
      String text = "";
      Map<String, RawJson> unknown = new java.util.LinkedHashMap<>();
      String name;
      while ((name = p.nextFieldName()) != null) {
        p.nextToken();
        if (name.equalsIgnoreCase("string") || name.equalsIgnoreCase("value")) {
          text = ScalarCodecs.STRING.read(p, ctx);
        } else {
          unknown.put(name, ctx.capture(p));
        }
      }
      return make.apply(text, unknown);
    }

    @Override
    public void write(T v, JsonGenerator g, WriteContext ctx) throws IOException {
      if (v.unknownFields().isEmpty()) {
        g.writeString(value.apply(v));
        return;
      }
      g.writeStartObject();
      if (!value.apply(v).isEmpty()) {
        ctx.name(g, STRING);
        g.writeString(value.apply(v));
      }
      WriteContext.writeUnknown(g, v.unknownFields());
      g.writeEndObject();
    }
  }

  static final TypeCodec<CorrelatorData> CORRELATOR_DATA =
      new OpaqueCodec<>(
          (value, unknown) ->
              CorrelatorData.builder().value(value).putAllUnknownFields(unknown).build(),
          CorrelatorData::value);

  static final TypeCodec<UserData> USER_DATA =
      new OpaqueCodec<>(
          (value, unknown) -> UserData.builder().value(value).putAllUnknownFields(unknown).build(),
          UserData::value);

  /**
   * {@code {"operation":"invalidDeviceID"}}: one category key, its value a schema name or number.
   */
  static final TypeCodec<CstaErrorCode> ERROR_CODE =
      new TypeCodec<>() {
        @Override
        public CstaErrorCode read(JsonParser p, ReadContext ctx) throws IOException {
          ctx.expectObject(p, "an error code");
          String name = p.nextFieldName();
          if (name == null) {
            throw ctx.fail(p, "empty error code: expected a category");
          }
          ErrorCategory category =
              ErrorCategory.fromName(name)
                  .orElseThrow(
                      () ->
                          ctx.fail(
                              p, "unknown error category '" + ScalarCodecs.excerpt(name) + "'"));
          JsonToken t = p.nextToken();
          CstaErrorCode result;
          if (category == ErrorCategory.UNSPECIFIED) {
            readEmpty(p, ctx, "unspecified");
            result = CstaErrorCode.unspecified();
          } else if (category == ErrorCategory.PRIVATE_ERROR_CODE) {
            result = CstaErrorCode.privateErrorCode(ScalarCodecs.STRING.read(p, ctx));
          } else {
            CstaErrorValue value;
            if (t == JsonToken.VALUE_NUMBER_INT) {
              // by code(), the schema position, as EnumCodec reads numbers
              long code = ScalarCodecs.readLong(p, ctx, 0, Integer.MAX_VALUE);
              value =
                  category.allowedValues().stream()
                      .filter(v -> v.code() == code)
                      .findFirst()
                      .orElseThrow(
                          () ->
                              ctx.fail(
                                  p,
                                  "unknown " + category.canonicalName() + " error number " + code));
            } else {
              String text = ScalarCodecs.STRING.read(p, ctx);
              value =
                  category
                      .value(text.trim())
                      .orElseThrow(
                          () ->
                              ctx.fail(
                                  p,
                                  "unknown "
                                      + category.canonicalName()
                                      + " error '"
                                      + ScalarCodecs.excerpt(text)
                                      + "'"));
            }
            result = CstaErrorCode.of(value);
          }
          endChoice(p, ctx, "an", "error code");
          return result;
        }

        @Override
        public void write(CstaErrorCode value, JsonGenerator g, WriteContext ctx)
            throws IOException {
          g.writeStartObject();
          ErrorCategory c = value.category();
          String key =
              ctx.dialect.keyCase() == JsonDialect.KeyCase.PASCAL
                  ? Names.pascal(c.wireName())
                  : c.wireName();
          g.writeFieldName(key);
          if (c == ErrorCategory.UNSPECIFIED) {
            WriteContext.writeEmpty(g);
          } else if (c == ErrorCategory.PRIVATE_ERROR_CODE) {
            g.writeString(value.value());
          } else if (ctx.numericEnums()) {
            g.writeNumber(value.typedValue().orElseThrow().code());
          } else {
            g.writeString(value.value());
          }
          g.writeEndObject();
        }
      };
}

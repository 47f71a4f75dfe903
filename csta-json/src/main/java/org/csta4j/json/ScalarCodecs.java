package org.csta4j.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

/** Strings, numbers, booleans and durations, read leniently (numbers as strings and back). */
final class ScalarCodecs {
  private ScalarCodecs() {}

  static final TypeCodec<String> STRING =
      new TypeCodec<>() {
        @Override
        public String read(JsonParser p, ReadContext ctx) throws IOException {
          JsonToken t = p.currentToken();
          if (t == JsonToken.VALUE_STRING
              || t == JsonToken.VALUE_NUMBER_INT
              || t == JsonToken.VALUE_NUMBER_FLOAT
              || t == JsonToken.VALUE_TRUE
              || t == JsonToken.VALUE_FALSE) {
            return p.getText();
          }
          throw ctx.fail(p, "expected a string but found " + ReadContext.describe(t));
        }

        @Override
        public void write(String value, JsonGenerator g, WriteContext ctx) throws IOException {
          g.writeString(value);
        }
      };

  static final TypeCodec<Long> LONG =
      new TypeCodec<>() {
        @Override
        public Long read(JsonParser p, ReadContext ctx) throws IOException {
          return readLong(p, ctx, Long.MIN_VALUE, Long.MAX_VALUE);
        }

        @Override
        public void write(Long value, JsonGenerator g, WriteContext ctx) throws IOException {
          g.writeNumber(value);
        }
      };

  static final TypeCodec<Integer> INT =
      new TypeCodec<>() {
        @Override
        public Integer read(JsonParser p, ReadContext ctx) throws IOException {
          return (int) readLong(p, ctx, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }

        @Override
        public void write(Integer value, JsonGenerator g, WriteContext ctx) throws IOException {
          g.writeNumber(value);
        }
      };

  static final TypeCodec<Boolean> BOOLEAN =
      new TypeCodec<>() {
        @Override
        public Boolean read(JsonParser p, ReadContext ctx) throws IOException {
          JsonToken t = p.currentToken();
          if (t == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
          }
          if (t == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
          }
          if (t == JsonToken.VALUE_STRING) {
            String s = p.getText().trim().toLowerCase(Locale.ROOT);
            if (s.equals("true") || s.equals("1")) {
              return Boolean.TRUE;
            }
            if (s.equals("false") || s.equals("0")) {
              return Boolean.FALSE;
            }
            throw ctx.fail(p, "expected a boolean but found the string '" + excerpt(s) + "'");
          }
          if (t == JsonToken.VALUE_NUMBER_INT) {
            long v = p.getLongValue();
            if (v == 0 || v == 1) {
              return v == 1;
            }
          }
          throw ctx.fail(p, "expected a boolean but found " + ReadContext.describe(t));
        }

        @Override
        public void write(Boolean value, JsonGenerator g, WriteContext ctx) throws IOException {
          g.writeBoolean(value);
        }
      };

  /** Session durations: whole seconds on the wire. */
  static final TypeCodec<Duration> SECONDS =
      new TypeCodec<>() {
        @Override
        public Duration read(JsonParser p, ReadContext ctx) throws IOException {
          return Duration.ofSeconds(readLong(p, ctx, 0, Integer.MAX_VALUE));
        }

        @Override
        public void write(Duration value, JsonGenerator g, WriteContext ctx) throws IOException {
          g.writeNumber(value.toSeconds());
        }
      };

  static long readLong(JsonParser p, ReadContext ctx, long min, long max) throws IOException {
    JsonToken t = p.currentToken();
    long v;
    if (t == JsonToken.VALUE_NUMBER_INT) {
      if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
        throw ctx.fail(p, "number out of range [" + min + ", " + max + "]");
      }
      v = p.getLongValue();
    } else if (t == JsonToken.VALUE_STRING) {
      String s = p.getText().trim();
      try {
        v = Long.parseLong(s);
      } catch (NumberFormatException e) {
        throw ctx.fail(p, "expected a whole number but found the string '" + excerpt(s) + "'");
      }
    } else if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      double d = p.getDoubleValue();
      if (d != Math.rint(d) || Double.isInfinite(d)) {
        throw ctx.fail(p, "expected a whole number but found " + d);
      }
      v = (long) d;
    } else {
      throw ctx.fail(p, "expected a number but found " + ReadContext.describe(t));
    }
    if (v < min || v > max) {
      throw ctx.fail(p, "number " + v + " out of range [" + min + ", " + max + "]");
    }
    return v;
  }

  /** At most 40 characters of a bad value, enough to recognise it, never a whole payload. */
  static String excerpt(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...(" + s.length() + " chars)";
  }
}

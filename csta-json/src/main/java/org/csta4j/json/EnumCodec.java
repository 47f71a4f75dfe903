package org.csta4j.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.csta4j.model.CstaEnum;

/**
 * A schema enumeration: by wire name in any casing, or by schema position ({@link CstaEnum#code()},
 * as a number or numeric string). Numbers are looked up by {@code code()}, never by declaration
 * order, so a constant added out of schema order cannot shift the others.
 */
final class EnumCodec<E extends Enum<E> & CstaEnum> implements TypeCodec<E> {
  private final Class<E> type;
  private final Map<String, E> byName = new HashMap<>();
  private final Map<Integer, E> byCode = new HashMap<>();

  EnumCodec(Class<E> type) {
    this.type = type;
    for (E e : type.getEnumConstants()) {
      byName.put(e.wireName(), e);
      byName.put(e.wireName().toLowerCase(Locale.ROOT), e);
      E clash = byCode.put(e.code(), e);
      if (clash != null) {
        throw new IllegalStateException(
            type.getName() + ": " + clash + " and " + e + " share the code " + e.code());
      }
    }
  }

  @Override
  public E read(JsonParser p, ReadContext ctx) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      String s = p.getText();
      E e = byName.get(s);
      if (e == null) {
        e = byName.get(s.trim().toLowerCase(Locale.ROOT));
      }
      if (e == null && !s.isEmpty() && isDigits(s.trim())) {
        return byCode(p, ctx, Long.parseLong(s.trim()));
      }
      if (e == null) {
        throw ctx.fail(
            p, "unknown " + type.getSimpleName() + " value '" + ScalarCodecs.excerpt(s) + "'");
      }
      return e;
    }
    if (t == JsonToken.VALUE_NUMBER_INT) {
      return byCode(
          p, ctx, p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? -1 : p.getLongValue());
    }
    throw ctx.fail(
        p,
        "expected a "
            + type.getSimpleName()
            + " name or number but found "
            + ReadContext.describe(t));
  }

  private E byCode(JsonParser p, ReadContext ctx, long code) {
    E e = code < 0 || code > Integer.MAX_VALUE ? null : byCode.get((int) code);
    if (e == null) {
      throw ctx.fail(p, "unknown " + type.getSimpleName() + " number " + code);
    }
    return e;
  }

  private static boolean isDigits(String s) {
    if (s.isEmpty() || s.length() > 9) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void write(E value, JsonGenerator g, WriteContext ctx) throws IOException {
    if (ctx.numericEnums()) {
      g.writeNumber(value.code());
    } else {
      g.writeString(value.wireName());
    }
  }
}

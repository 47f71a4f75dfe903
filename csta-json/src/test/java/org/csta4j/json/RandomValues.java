package org.csta4j.json;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
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

/**
 * Generates valid values of any model type from a seeded {@link Random}: every attribute through
 * the type's public builder, optional ones present or not, lists of 0 to 3 items, and unknown
 * fields. Choices are found by retrying until the type's own checks accept the value.
 */
final class RandomValues {
  private static final String ALPHABET = "abcXYZ0123456789-_:. é€\"\\/\u00e5";

  private final Random random;

  /** Every value type the generator has built, so a test can show it covered the whole model. */
  final Set<Class<?>> typesBuilt = new LinkedHashSet<>();

  RandomValues(long seed) {
    this.random = new Random(seed);
  }

  String string() {
    int n = 1 + random.nextInt(12);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    String s = sb.toString();
    return s.isBlank() ? "x" + s : s;
  }

  private RawJson raw() {
    return switch (random.nextInt(4)) {
      case 0 -> RawJson.of(Integer.toString(random.nextInt(1000)));
      case 1 -> RawJson.of("\"" + Integer.toHexString(random.nextInt()) + "\"");
      case 2 -> RawJson.of("{\"a\":[1,true,null],\"b\":{\"c\":\"d\"}}");
      default -> RawJson.of("[]");
    };
  }

  /** Any one of the choices, uniformly. */
  private <T> T oneOf(T[] choices) {
    return choices[random.nextInt(choices.length)];
  }

  DeviceId deviceId() {
    DeviceId.Builder b = DeviceId.builder().value(string());
    if (random.nextInt(4) == 0) {
      b.putUnknownFields("typeOfNumber", RawJson.of("\"other\""));
    }
    return b.build();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  Object value(Class<?> type, int depth) {
    if (type == String.class) {
      return string();
    }
    if (type == Integer.class || type == int.class) {
      return random.nextInt(100_000);
    }
    if (type == Long.class || type == long.class) {
      return random.nextLong();
    }
    if (type == Boolean.class || type == boolean.class) {
      return random.nextBoolean();
    }
    if (type == Duration.class) {
      return Duration.ofSeconds(1 + random.nextInt(86_400));
    }
    if (type.isEnum()) {
      return oneOf(type.getEnumConstants());
    }
    if (type == DeviceId.class) {
      typesBuilt.add(type);
      return deviceId();
    }
    if (type == ExtendedDeviceId.class) {
      typesBuilt.add(type);
      int k = random.nextInt(4);
      return k == 0
          ? ExtendedDeviceId.notKnown()
          : k == 1 ? ExtendedDeviceId.restricted() : ExtendedDeviceId.of(deviceId());
    }
    if (type == RedirectionDeviceId.class) {
      typesBuilt.add(type);
      RedirectionDeviceId.Kind kind = oneOf(RedirectionDeviceId.Kind.values());
      return kind == RedirectionDeviceId.Kind.NUMBER_DIALED
          ? RedirectionDeviceId.builder().kind(kind).numberDialed(deviceId()).build()
          : RedirectionDeviceId.of(kind);
    }
    if (type == CstaErrorCode.class) {
      typesBuilt.add(type);
      ErrorCategory c = oneOf(ErrorCategory.values());
      if (c == ErrorCategory.UNSPECIFIED) {
        return CstaErrorCode.unspecified();
      }
      if (c == ErrorCategory.PRIVATE_ERROR_CODE) {
        return CstaErrorCode.privateErrorCode(string());
      }
      List<CstaErrorValue> values = c.allowedValues();
      return CstaErrorCode.of(values.get(random.nextInt(values.size())));
    }
    if (type == CorrelatorData.class) {
      typesBuilt.add(type);
      return random.nextInt(4) == 0
          ? CorrelatorData.builder().value("").putUnknownFields("private", raw()).build()
          : CorrelatorData.of(string());
    }
    if (type == UserData.class) {
      typesBuilt.add(type);
      return UserData.of(string());
    }
    if (type.isInterface()) {
      return valueType(type, depth);
    }
    throw new IllegalArgumentException("cannot generate " + type);
  }

  private Object valueType(Class<?> type, int depth) {
    IllegalArgumentException last = null;
    for (int attempt = 0; attempt < 200; attempt++) {
      try {
        Object v = attemptValueType(type, depth);
        typesBuilt.add(type);
        return v;
      } catch (IllegalArgumentException | IllegalStateException e) {
        last = new IllegalArgumentException(type.getSimpleName() + ": " + e.getMessage(), e);
      }
    }
    throw last;
  }

  private Object attemptValueType(Class<?> type, int depth) {
    try {
      Object builder = type.getMethod("builder").invoke(null);
      for (Method m : type.getMethods()) {
        if (!Modifier.isAbstract(m.getModifiers())
            || m.getParameterCount() != 0
            || m.getName().equals("unknownFields")) {
          continue;
        }
        Class<?> raw = m.getReturnType();
        Type generic = m.getGenericReturnType();
        if (raw == Optional.class) {
          if (depth > 4 || random.nextInt(3) == 0) {
            continue;
          }
          Class<?> element = element(generic);
          set(builder, m.getName(), element, value(element, depth + 1));
        } else if (raw == List.class) {
          Class<?> element = element(generic);
          int n = depth > 4 ? 0 : random.nextInt(4);
          List<Object> items = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            items.add(value(element, depth + 1));
          }
          set(builder, m.getName(), Iterable.class, items);
        } else {
          set(builder, m.getName(), raw, value(raw, depth + 1));
        }
      }
      if (Extensible.class.isAssignableFrom(type) && random.nextBoolean()) {
        String key = random.nextBoolean() ? "zzExtra" + random.nextInt(10) : "Acme:Thing";
        Golden.findMethod(builder.getClass(), "putUnknownFields", String.class)
            .invoke(builder, key, raw());
      }
      return Golden.findMethod(builder.getClass(), "build").invoke(builder);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Class<?> element(Type generic) {
    Type arg = ((ParameterizedType) generic).getActualTypeArguments()[0];
    return (Class<?>) arg;
  }

  private static void set(Object builder, String name, Class<?> param, Object value)
      throws ReflectiveOperationException {
    for (Method m : builder.getClass().getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == 1) {
        Class<?> p = m.getParameterTypes()[0];
        boolean fits =
            param == Iterable.class
                ? p == Iterable.class
                : p != Optional.class && p != Iterable.class;
        if (fits) {
          m.trySetAccessible();
          m.invoke(builder, value);
          return;
        }
      }
    }
    throw new NoSuchMethodException(name);
  }
}

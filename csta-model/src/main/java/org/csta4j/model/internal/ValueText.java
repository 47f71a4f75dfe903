package org.csta4j.model.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.csta4j.model.DeviceId;
import org.jspecify.annotations.Nullable;

/**
 * The {@code toString()} of every model value, for logs and debuggers: {@code Type{attribute=value,
 * ...}} in declaration order, absent optional attributes and an empty {@code unknownFields} left
 * out, a {@link DeviceId} printed as its number (with its unknown fields in braces when it has
 * any), and every secret masked.
 *
 * <p>The secrets are named in {@link #SECRETS}, one entry per {@code @Value.Redacted} attribute of
 * the model; a test reads the model's sources and fails when the two disagree, so a new secret
 * cannot be printed by mistake.
 */
public final class ValueText {
  /** What a secret prints as. */
  public static final String MASK = "****";

  /** The redacted attributes of the model, by the simple name of their value type. */
  static final Map<String, Set<String>> SECRETS =
      Map.of(
          "RawRequest", Set.of("payload"),
          "ApplicationSpecificInfo", Set.of("password"),
          "CallInformationEvent", Set.of("authCode"),
          "AgentLoggedOnEvent", Set.of("agentPassword"),
          "AgentLoggedOffEvent", Set.of("agentPassword"),
          "SetAgentState", Set.of("password"));

  private static final String UNKNOWN_FIELDS = "unknownFields";

  private static final ClassValue<Shape> SHAPES =
      new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
          return Shape.of(type);
        }
      };

  private ValueText() {}

  /**
   * {@return the text of a generated model value} Called by the generated {@code toString()}.
   *
   * @param value an instance of a generated {@code Immutable*} model class
   */
  public static String of(Object value) {
    if (value instanceof DeviceId d) {
      return d.unknownFields().isEmpty() ? d.value() : d.value() + d.unknownFields();
    }
    Shape shape = SHAPES.get(value.getClass());
    StringBuilder b = new StringBuilder(shape.name).append('{');
    boolean first = true;
    for (Attribute a : shape.attributes) {
      Object v = a.get(value);
      if (v == null || (a.unknownFields && v instanceof Map<?, ?> m && m.isEmpty())) {
        continue;
      }
      if (!first) {
        b.append(", ");
      }
      first = false;
      b.append(a.name).append('=').append(a.secret ? MASK : v);
    }
    return b.append('}').toString();
  }

  /** A generated class's attributes, found once per class. */
  private record Shape(String name, List<Attribute> attributes) {
    static Shape of(Class<?> generated) {
      String name = valueTypeName(generated);
      Set<String> secrets = SECRETS.getOrDefault(name, Set.of());
      List<Attribute> attributes = new ArrayList<>();
      for (Field f : generated.getDeclaredFields()) {
        int m = f.getModifiers();
        if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isSynthetic()) {
          continue;
        }
        f.setAccessible(true); // the generated class is package-private, in this module
        attributes.add(
            new Attribute(
                f.getName(), f, secrets.contains(f.getName()), f.getName().equals(UNKNOWN_FIELDS)));
      }
      return new Shape(name, List.copyOf(attributes));
    }

    private static String valueTypeName(Class<?> generated) {
      for (Class<?> i : generated.getInterfaces()) {
        if (i.getPackage() == generated.getPackage()) {
          return i.getSimpleName();
        }
      }
      Class<?> parent = generated.getSuperclass();
      return parent != null && parent != Object.class
          ? parent.getSimpleName()
          : generated.getSimpleName().replaceFirst("^Immutable", "");
    }
  }

  /** One attribute: its field in the generated class, and how it prints. */
  private record Attribute(String name, Field field, boolean secret, boolean unknownFields) {
    @Nullable Object get(Object value) {
      try {
        return field.get(value);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot read " + name + " of " + value.getClass(), e);
      }
    }
  }
}

package org.csta4j.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.csta4j.model.Extensible;
import org.csta4j.model.PrivateData;
import org.csta4j.model.RawJson;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes any model value type by its accessors and its Immutables builder: one generic
 * mechanism for the whole model, set up once per type. Keys are matched ignoring case, with the
 * configured vendor prefix stripped where the type is a vendor extension point; keys the type does
 * not define go to {@code unknownFields} and come back out unchanged.
 */
final class ValueCodec<T> implements TypeCodec<T> {
  /** How a type treats namespaced keys such as {@code "vendorData:userID"}. */
  enum VendorKeys {
    /** Keys are plain. */
    NONE,
    /** Prefixed keys are accepted on input; output is plain (uni-tel privateData). */
    ACCEPT_PREFIX,
    /** Keys are written prefixed, with their schema spelling (uni-tel applicationSpecificInfo). */
    WRITE_PREFIX
  }

  private enum Shape {
    PLAIN,
    OPTIONAL,
    LIST
  }

  /**
   * Schema wrapper elements whose children the model holds at the enclosing level (the snapshot
   * responses' {@code crossRefIDorSnapshotData} choice).
   */
  private static final java.util.Set<String> INLINE_WRAPPERS =
      java.util.Set.of("crossrefidorsnapshotdata");

  private static final MethodType PUT =
      MethodType.methodType(Object.class, Object.class, String.class, RawJson.class);

  private static final class Property {
    final String name;
    final SerializableString[] keys;
    final Shape shape;
    final Class<?> elementType;
    final Function<Object, Object> getter;
    final BiConsumer<Object, Object> setter;

    // set by link() right after construction; two phases so that recursive types resolve
    @SuppressWarnings("NullAway.Init")
    TypeCodec<Object> codec;

    Property(
        String name,
        SerializableString[] keys,
        Shape shape,
        Class<?> elementType,
        Function<Object, Object> getter,
        BiConsumer<Object, Object> setter) {
      this.name = name;
      this.keys = keys;
      this.shape = shape;
      this.elementType = elementType;
      this.getter = getter;
      this.setter = setter;
    }
  }

  private final Class<T> type;
  private final Supplier<Object> newBuilder;
  private final Function<Object, Object> build;

  /** Null where the type is not {@link Extensible}. */
  private final @Nullable MethodHandle putUnknown;

  private final @Nullable Function<Object, Object> unknownGetter;
  private final Property[] properties;
  private final Map<String, Property> byKey = new HashMap<>();
  private final VendorKeys vendorKeys;

  ValueCodec(Class<T> type, Codecs codecs, VendorKeys vendorKeys, Map<String, String> renames) {
    this.type = type;
    this.vendorKeys = vendorKeys;
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      Method builderMethod = type.getMethod("builder");
      Class<?> builderType = builderMethod.getReturnType();
      this.newBuilder = Accessors.factory(builderMethod);
      this.build = Accessors.function(builderType.getMethod("build"));
      boolean extensible = Extensible.class.isAssignableFrom(type);
      this.putUnknown =
          extensible
              ? lookup
                  .unreflect(
                      accessible(
                          builderType.getMethod("putUnknownFields", String.class, RawJson.class)))
                  .asType(PUT)
              : null;
      this.unknownGetter =
          extensible ? Accessors.function(Extensible.class.getMethod("unknownFields")) : null;

      List<Method> accessors = attributes(type);
      List<Property> props = new ArrayList<>();
      for (Method m : accessors) {
        String name = m.getName();
        Type generic = m.getGenericReturnType();
        Shape shape = Shape.PLAIN;
        Class<?> element = m.getReturnType();
        if (element == Optional.class || element == List.class) {
          shape = element == Optional.class ? Shape.OPTIONAL : Shape.LIST;
          Type arg = ((ParameterizedType) generic).getActualTypeArguments()[0];
          element = (Class<?>) (arg instanceof ParameterizedType pt ? pt.getRawType() : arg);
        }
        Method setter = setter(builderType, name, shape, m.getReturnType());
        String wire = renames.getOrDefault(type.getSimpleName() + "." + name, name);
        SerializableString[] keys = Names.variants(wire);
        if (vendorKeys == VendorKeys.WRITE_PREFIX) {
          SerializableString prefixed =
              new com.fasterxml.jackson.core.io.SerializedString(
                  codecs.vendorPrefix + ":" + Names.xmlName(wire));
          keys = new SerializableString[] {prefixed, prefixed, prefixed, prefixed};
        }
        Property prop =
            new Property(
                name, keys, shape, element, Accessors.function(m), Accessors.setter(setter));
        props.add(prop);
        for (String k : new String[] {wire, Names.xmlName(wire), Names.pascal(wire)}) {
          byKey.put(k, prop);
        }
        byKey.put(Names.lower(wire), prop);
      }
      this.properties = props.toArray(new Property[0]);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot set up the codec of " + type.getName(), e);
    }
  }

  /** Resolves element codecs after construction, so that recursive types work. */
  @SuppressWarnings("unchecked")
  void link(Codecs codecs) {
    for (Property p : properties) {
      p.codec = (TypeCodec<Object>) codecs.codecFor(p.elementType);
    }
  }

  private static Method accessible(Method m) {
    m.trySetAccessible();
    return m;
  }

  /**
   * The attributes: abstract no-argument methods, the type's own first, each group in declaration
   * order as the generated class keeps it.
   */
  private static List<Method> attributes(Class<?> type) {
    Map<String, Method> byName = new LinkedHashMap<>();
    for (Method m : type.getMethods()) {
      if (Modifier.isAbstract(m.getModifiers())
          && !Modifier.isStatic(m.getModifiers())
          && m.getParameterCount() == 0
          && !m.getName().equals("unknownFields")) {
        byName.putIfAbsent(m.getName(), m);
      }
    }
    Map<String, Integer> order = new HashMap<>();
    try {
      Class<?> impl = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
      var fields = impl.getDeclaredFields();
      for (int i = 0; i < fields.length; i++) {
        order.putIfAbsent(fields[i].getName(), i);
      }
    } catch (ClassNotFoundException e) {
      // not generated by Immutables: alphabetical order below
    }
    List<String> own = new ArrayList<>();
    for (Method m : type.getDeclaredMethods()) {
      own.add(m.getName());
    }
    List<Method> result = new ArrayList<>(byName.values());
    result.sort(
        Comparator.<Method>comparingInt(m -> own.contains(m.getName()) ? 0 : 1)
            .thenComparingInt(m -> order.getOrDefault(m.getName(), Integer.MAX_VALUE))
            .thenComparing(Method::getName));
    return result;
  }

  private static Method setter(Class<?> builder, String name, Shape shape, Class<?> raw)
      throws NoSuchMethodException {
    for (Method m : builder.getMethods()) {
      if (!m.getName().equals(name) || m.getParameterCount() != 1) {
        continue;
      }
      Class<?> param = m.getParameterTypes()[0];
      if (shape == Shape.LIST
          ? param == Iterable.class
          : param != Optional.class && param != Iterable.class) {
        return m;
      }
    }
    throw new NoSuchMethodException(builder.getName() + "." + name + " for " + raw.getName());
  }

  @Override
  @SuppressWarnings("unchecked")
  public T read(JsonParser p, ReadContext ctx) throws IOException {
    ctx.expectObject(p, type.getSimpleName());
    Object builder;
    builder = newBuilder.get();
    readFields(p, ctx, builder, null);
    if (p.currentToken() != JsonToken.END_OBJECT) {
      throw ctx.fail(p, "malformed " + type.getSimpleName());
    }
    try {
      return (T) build.apply(builder);
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
      throw ctx.fail(p, "invalid " + type.getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads the fields of the current object into the builder. Unknown keys go to {@code leftovers}
   * when given (inside an inline wrapper), else straight to the builder's unknown fields.
   */
  private void readFields(
      JsonParser p, ReadContext ctx, Object builder, @Nullable Map<String, RawJson> leftovers)
      throws IOException {
    String name;
    while ((name = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      Property prop = lookup(name, ctx);
      if (prop == null) {
        if (leftovers == null
            && t == JsonToken.START_OBJECT
            && INLINE_WRAPPERS.contains(Names.lower(name))) {
          // the wrapper's own unknown keys stay inside it, so that they come back out in place
          Map<String, RawJson> inner = new LinkedHashMap<>();
          readFields(p, ctx, builder, inner);
          if (!inner.isEmpty() && putUnknown != null) {
            invoke(putUnknown, builder, name, ctx.object(inner));
          }
        } else if (leftovers != null) {
          leftovers.put(name, ctx.capture(p));
        } else if (putUnknown != null) {
          invoke(putUnknown, builder, name, ctx.capture(p));
        } else {
          p.skipChildren();
        }
        continue;
      }
      if (t == JsonToken.VALUE_NULL) {
        continue;
      }
      Object value = prop.shape == Shape.LIST ? readList(prop, p, ctx) : readOne(prop, p, ctx);
      try {
        prop.setter.accept(builder, value);
      } catch (RuntimeException e) {
        throw ctx.fail(p, "invalid " + prop.name + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * Reads one value. The common codecs are called directly, so that the JIT sees one receiver per
   * call site and can inline; everything else goes through the interface.
   */
  private static Object readOne(Property prop, JsonParser p, ReadContext ctx) throws IOException {
    TypeCodec<Object> codec = prop.codec;
    if (codec instanceof ValueCodec<?> value) {
      return value.read(p, ctx);
    }
    if (codec instanceof EnumCodec<?> constant) {
      return constant.read(p, ctx);
    }
    if (codec == (Object) ScalarCodecs.STRING && p.currentToken() == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    return codec.read(p, ctx);
  }

  private @Nullable Property lookup(String key, ReadContext ctx) {
    Property prop = byKey.get(key);
    if (prop != null) {
      return prop;
    }
    String lower = Names.lower(key);
    if (vendorKeys != VendorKeys.NONE && lower.startsWith(ctx.codecs().vendorPrefixLower)) {
      lower = lower.substring(ctx.codecs().vendorPrefixLower.length());
    }
    return byKey.get(lower);
  }

  private List<Object> readList(Property prop, JsonParser p, ReadContext ctx) throws IOException {
    List<Object> list = new ArrayList<>();
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      // a list wrapper element ({"connectionListItem":[...]}) or a single item
      JsonToken next = p.nextToken();
      if (next == JsonToken.FIELD_NAME && p.nextToken() == JsonToken.START_ARRAY) {
        readItems(prop, p, ctx, list);
        if (p.nextToken() != JsonToken.END_OBJECT) {
          throw ctx.fail(p, "expected " + prop.name + " as a list");
        }
        return list;
      }
      throw ctx.fail(p, "expected " + prop.name + " as an array but found an object");
    }
    if (t == JsonToken.START_ARRAY) {
      readItems(prop, p, ctx, list);
      return list;
    }
    list.add(prop.codec.read(p, ctx));
    return list;
  }

  private static void readItems(Property prop, JsonParser p, ReadContext ctx, List<Object> list)
      throws IOException {
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (p.currentToken() == null) {
        throw ctx.fail(p, "unterminated array");
      }
      if (p.currentToken() != JsonToken.VALUE_NULL) {
        list.add(prop.codec.read(p, ctx));
      }
    }
  }

  @Override
  public void write(T value, JsonGenerator g, WriteContext ctx) throws IOException {
    writeWith(value, g, ctx, null);
  }

  /** Writes the value; a non-null {@code privateData} replaces the value's own. */
  @SuppressWarnings("unchecked")
  void writeWith(T value, JsonGenerator g, WriteContext ctx, @Nullable PrivateData privateData)
      throws IOException {
    g.writeStartObject();
    for (Property prop : properties) {
      Object v = prop.getter.apply(value);
      if (privateData != null && prop.name.equals("privateData")) {
        v = Optional.of(privateData);
      }
      switch (prop.shape) {
        case OPTIONAL -> {
          Optional<Object> o = (Optional<Object>) v;
          if (o.isPresent()) {
            ctx.name(g, prop.keys);
            prop.codec.write(o.get(), g, ctx);
          }
        }
        case LIST -> {
          Collection<Object> items = (Collection<Object>) v;
          if (!items.isEmpty()) {
            ctx.name(g, prop.keys);
            g.writeStartArray();
            for (Object item : items) {
              prop.codec.write(item, g, ctx);
            }
            g.writeEndArray();
          }
        }
        case PLAIN -> {
          ctx.name(g, prop.keys);
          prop.codec.write(v, g, ctx);
        }
      }
    }
    if (unknownGetter != null) {
      WriteContext.writeUnknown(g, (Map<String, RawJson>) unknownGetter.apply(value));
    }
    g.writeEndObject();
  }

  private static void invoke(MethodHandle h, Object builder, String key, RawJson raw) {
    try {
      Object ignored = (Object) h.invokeExact(builder, key, raw);
    } catch (RuntimeException e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }
}

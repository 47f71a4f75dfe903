package org.csta4j.json;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns reflected accessors and builder methods into plain functional objects once, so that the
 * codec's per-field calls are ordinary interface calls the JIT compiles, not method-handle
 * invocations. Falls back to a method handle when the metafactory cannot bind a method.
 */
final class Accessors {
  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

  private Accessors() {}

  private static MethodHandle handle(Method m) throws IllegalAccessException {
    m.trySetAccessible();
    return LOOKUP.unreflect(m);
  }

  private static Class<?> boxed(Class<?> c) {
    return MethodType.methodType(c).wrap().returnType();
  }

  @SuppressWarnings("unchecked")
  static Function<Object, Object> function(Method m) throws IllegalAccessException {
    MethodHandle h = handle(m);
    try {
      Class<?> receiver =
          Modifier.isStatic(m.getModifiers()) ? m.getParameterTypes()[0] : m.getDeclaringClass();
      return (Function<Object, Object>)
          LambdaMetafactory.metafactory(
                  LOOKUP,
                  "apply",
                  MethodType.methodType(Function.class),
                  MethodType.methodType(Object.class, Object.class),
                  h,
                  MethodType.methodType(boxed(m.getReturnType()), receiver))
              .getTarget()
              .invokeExact();
    } catch (Throwable e) {
      MethodHandle generic = h.asType(MethodType.methodType(Object.class, Object.class));
      return target -> {
        try {
          return (Object) generic.invokeExact(target);
        } catch (RuntimeException | Error x) {
          throw x;
        } catch (Throwable x) {
          throw new IllegalStateException(x);
        }
      };
    }
  }

  @SuppressWarnings("unchecked")
  static BiConsumer<Object, Object> setter(Method m) throws IllegalAccessException {
    MethodHandle h = handle(m);
    try {
      return (BiConsumer<Object, Object>)
          LambdaMetafactory.metafactory(
                  LOOKUP,
                  "accept",
                  MethodType.methodType(BiConsumer.class),
                  MethodType.methodType(void.class, Object.class, Object.class),
                  h,
                  MethodType.methodType(
                      void.class, m.getDeclaringClass(), boxed(m.getParameterTypes()[0])))
              .getTarget()
              .invokeExact();
    } catch (Throwable e) {
      MethodHandle generic =
          h.asType(MethodType.methodType(void.class, Object.class, Object.class));
      return (target, value) -> {
        try {
          generic.invokeExact(target, value);
        } catch (RuntimeException | Error x) {
          throw x;
        } catch (Throwable x) {
          throw new IllegalStateException(x);
        }
      };
    }
  }

  @SuppressWarnings("unchecked")
  static Supplier<Object> factory(Method m) throws IllegalAccessException {
    MethodHandle h = handle(m);
    try {
      return (Supplier<Object>)
          LambdaMetafactory.metafactory(
                  LOOKUP,
                  "get",
                  MethodType.methodType(Supplier.class),
                  MethodType.methodType(Object.class),
                  h,
                  MethodType.methodType(m.getReturnType()))
              .getTarget()
              .invokeExact();
    } catch (Throwable e) {
      MethodHandle generic = h.asType(MethodType.methodType(Object.class));
      return () -> {
        try {
          return (Object) generic.invokeExact();
        } catch (RuntimeException | Error x) {
          throw x;
        } catch (Throwable x) {
          throw new IllegalStateException(x);
        }
      };
    }
  }
}

package org.csta4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads the golden vectors, unchanged, from the project's copy of {@code ../shared/golden}. */
final class Golden {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Golden() {}

  /**
   * The project's copy of the golden vectors (test resources of this module; {@code .ci/run} checks
   * that it is identical to {@code ../shared/golden} wherever that exists).
   */
  static Path dir() {
    URL url = Golden.class.getResource("/golden");
    assertThat(url).as("golden vectors on the test class path").isNotNull();
    try {
      Path golden = Paths.get(url.toURI());
      assertThat(golden).as("golden vectors at " + golden).isDirectory();
      return golden;
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Path> files(String folder) {
    try (Stream<Path> s = Files.walk(dir().resolve(folder))) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode read(Path file) {
    try {
      return MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode tree(byte[] json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The value with its top-level unknown fields and private data removed, for comparing variants.
   */
  @SuppressWarnings("unchecked")
  static <T> T withoutExtras(T value) {
    try {
      Class<?> modelType = CstaMessageRegistry.standard().modelType(value.getClass());
      Object builder = modelType.getMethod("builder").invoke(null);
      Method from = findMethod(builder.getClass(), "from", modelType);
      from.invoke(builder, value);
      findMethod(builder.getClass(), "unknownFields", Map.class).invoke(builder, Map.of());
      Method pd = findMethod(builder.getClass(), "privateData", Optional.class);
      pd.invoke(builder, Optional.empty());
      return (T) findMethod(builder.getClass(), "build").invoke(builder);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  static Method findMethod(Class<?> type, String name, Class<?>... params) {
    for (Method m : type.getMethods()) {
      if (m.getName().equals(name)
          && m.getParameterCount() == params.length
          && (params.length == 0 || m.getParameterTypes()[0].isAssignableFrom(params[0]))) {
        m.trySetAccessible();
        return m;
      }
    }
    throw new IllegalStateException("no " + name + " on " + type);
  }
}

package org.csta4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java example, compiled and run as it stands: the {@code java} block under the
 * heading {@value #HEADING} becomes a {@code main} (its import lines go on top), is compiled
 * against this module's test class path, and runs in a child JVM.
 */
class ReadmeExampleTest {
  static final String HEADING = "## Use it from Java";

  @Test
  void theExampleCompilesRunsAndPrintsTheRingingCall(@TempDir Path dir) throws Exception {
    String block = javaBlockUnder(HEADING);
    List<String> imports = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    for (String line : block.lines().toList()) {
      if (line.startsWith("import ")) {
        imports.add(line);
      } else if (!line.isBlank()) {
        body.append("    ").append(line).append('\n');
      }
    }
    assertThat(body.toString().lines().count()).as("the example's length").isLessThanOrEqualTo(12);
    String source =
        String.join("\n", imports)
            + "\n\npublic class ReadmeExample {\n"
            + "  public static void main(String[] args) throws Exception {\n"
            + body
            + "  }\n}\n";
    Path file = dir.resolve("ReadmeExample.java");
    Files.writeString(file, source, StandardCharsets.UTF_8);

    String classPath = System.getProperty("java.class.path");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    boolean compiled =
        javac
            .getTask(
                diagnostics,
                null,
                null,
                List.of("-classpath", classPath, "-d", dir.toString(), "-Xlint:all", "-Werror"),
                null,
                javac
                    .getStandardFileManager(null, null, StandardCharsets.UTF_8)
                    .getJavaFileObjects(file))
            .call();
    assertThat(compiled).as(diagnostics + "\n" + source).isTrue();

    try (CliProcess run =
        CliProcess.java(
            Map.of(), dir + java.io.File.pathSeparator + classPath, List.of("ReadmeExample"))) {
      assertThat(run.awaitExit()).as(run.errText()).isZero();
      assertThat(run.out()).containsExactly("ringing at 101: call 1");
    }
  }

  /** The first fenced java block after {@code heading} in the repository's README.md. */
  static String javaBlockUnder(String heading) throws Exception {
    Path readme = Path.of(System.getProperty("csta.readme", "../README.md"));
    List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
    int at = lines.indexOf(heading);
    assertThat(at).as("a line '%s' in %s", heading, readme).isNotNegative();
    int open = at + 1;
    while (open < lines.size() && !lines.get(open).equals("```java")) {
      assertThat(lines.get(open)).as("no other heading before the example").doesNotStartWith("#");
      open++;
    }
    int close = lines.subList(open, lines.size()).indexOf("```") + open;
    assertThat(close).as("the java block under '%s' is closed", heading).isGreaterThan(open);
    return String.join("\n", lines.subList(open + 1, close));
  }
}

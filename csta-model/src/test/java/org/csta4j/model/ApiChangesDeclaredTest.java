package org.csta4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The API check (japicmp against {@code api/<version>}) lets a change through only where the parent
 * pom declares it; this test makes sure each declared change is also written in the changelog, so
 * that no API change reaches users unannounced.
 */
class ApiChangesDeclaredTest {
  private static final Path ROOT = Path.of("..");
  private static final String DECLARED_MARK = "declared API changes";

  @Test
  void everyDeclaredApiChangeIsInTheChangelog() throws IOException {
    List<String> declared = declaredExcludes(read(ROOT.resolve("pom.xml")));
    String section = changesSection(read(ROOT.resolve("CHANGELOG.md")), baselineVersion());

    for (String element : declared) {
      assertThat(section)
          .as("CHANGELOG.md, 'API changes since', must name the declared change `%s`", element)
          .contains("`" + element + "`");
    }
  }

  @Test
  void theRecordedBaselineHoldsEveryPublishedModule() throws IOException {
    Path dir = ROOT.resolve("api").resolve(baselineVersion());
    for (String module :
        List.of(
            "csta-model",
            "csta-json",
            "csta-transport",
            "csta-transport-testing",
            "csta-transport-signalr",
            "csta-session",
            "csta-simulator")) {
      assertThat(dir.resolve(module + ".jar")).as("baseline of %s", module).isRegularFile();
    }
  }

  @Test
  void declaredExcludesAreReadFromAfterTheMarkOnly() {
    String pom =
        "<excludes><exclude>*.internal.*</exclude><!-- "
            + DECLARED_MARK
            + " --><exclude>org.x.A#b()</exclude>\n<exclude>org.x.C</exclude></excludes>";
    assertThat(declaredExcludes(pom)).containsExactly("org.x.A#b()", "org.x.C");
    assertThat(declaredExcludes("<excludes><!-- " + DECLARED_MARK + " --></excludes>")).isEmpty();
  }

  @Test
  void theChangesSectionEndsAtTheNextHeading() {
    String log =
        """
        # Changelog
        ## Unreleased
        ### API changes since 0.1.0
        - `org.x.A#b()`: added
        ### Fixed
        - `org.x.C` mentioned elsewhere
        """;
    assertThat(changesSection(log, "0.1.0")).contains("`org.x.A#b()`").doesNotContain("org.x.C");
  }

  private static String baselineVersion() throws IOException {
    Matcher m =
        Pattern.compile("<api\\.baseline\\.version>([^<]+)</api\\.baseline\\.version>")
            .matcher(read(ROOT.resolve("pom.xml")));
    assertThat(m.find()).as("api.baseline.version in the parent pom").isTrue();
    return m.group(1).trim();
  }

  static List<String> declaredExcludes(String pom) {
    int mark = pom.indexOf(DECLARED_MARK);
    assertThat(mark)
        .as("the '%s' comment in the parent pom's japicmp excludes", DECLARED_MARK)
        .isNotNegative();
    String rest = pom.substring(mark, pom.indexOf("</excludes>", mark));
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("<exclude>([^<]+)</exclude>").matcher(rest);
    while (m.find()) {
      out.add(m.group(1).trim());
    }
    return out;
  }

  static String changesSection(String changelog, String version) {
    String heading = "### API changes since " + version;
    int start = changelog.indexOf(heading);
    assertThat(start).as("CHANGELOG.md has a '%s' section", heading).isNotNegative();
    Matcher next = Pattern.compile("^#{1,3} ", Pattern.MULTILINE).matcher(changelog);
    int end = next.find(start + heading.length()) ? next.start() : changelog.length();
    return changelog.substring(start, end);
  }

  private static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }
}

package org.csta4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A mistake on the command line is answered in the command line's own words. */
class UsageWordsTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int csta(String... args) {
    return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void aMistypedCommandSuggestsTheRightOne() {
    assertThat(csta("dmeo")).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).contains("Did you mean demo?").contains("'dmeo'");
  }

  @Test
  void aWordFarFromEveryCommandSuggestsNone() {
    assertThat(csta("frobnicate")).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).contains("'frobnicate'").doesNotContain("Did you mean");
  }

  @Test
  void anOptionKeepsItsDashesInTheLibrarysMessage() {
    assertThat(csta("simulator", "--port", "70000")).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString().strip())
        .isEqualTo("csta simulator: --port: must be 0..65535 but is 70000");
  }

  @Test
  void aLibraryNameIsMappedToTheOptionTheUserTyped() {
    var spec = new picocli.CommandLine(new CallCommand()).getCommandSpec();
    assertThat(OptionWords.qualify("userId: must not be blank", spec))
        .isEqualTo("--user: must not be blank");
    assertThat(OptionWords.qualify("pbxDomain: must not be blank", spec))
        .isEqualTo("--pbx-domain: must not be blank");
    assertThat(OptionWords.qualify("nothing: like an option", spec))
        .isEqualTo("nothing: like an option");
    assertThat(OptionWords.qualify("no leading name here", spec)).isEqualTo("no leading name here");
  }

  @Test
  void editDistanceCountsSwapsMissingExtraAndWrongLettersOnce() {
    assertThat(OptionWords.distance("dmeo", "demo")).isEqualTo(1);
    assertThat(OptionWords.distance("demo", "demo")).isZero();
    assertThat(OptionWords.distance("dem", "demo")).isEqualTo(1);
    assertThat(OptionWords.distance("deemo", "demo")).isEqualTo(1);
    assertThat(OptionWords.distance("dxmo", "demo")).isEqualTo(1);
    assertThat(OptionWords.distance("monitro", "monitor")).isEqualTo(1);
    assertThat(OptionWords.closest("snapshto", List.of("snapshot", "simulator", "call")))
        .containsExactly("snapshot");
    assertThat(OptionWords.closest("cal", List.of("call", "clear"))).containsExactly("call");
  }
}

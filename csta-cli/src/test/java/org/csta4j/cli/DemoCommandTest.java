package org.csta4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code csta demo} run as a user runs it: a process, its output piped, its exit code. */
class DemoCommandTest {
  private static final String ESC = "\u001b";

  @Test
  void theWholeFlowHappensAndEndsWithASummary() throws Exception {
    // the default flow; a generous step timeout, for a loaded machine
    try (CliProcess demo = CliProcess.csta(Map.of(), "demo", "--timeout", "30")) {
      int exit = demo.awaitExit();
      String out = demo.outText();
      assertThat(exit).as(out + "\n" + demo.errText()).isZero();
      assertThat(demo.err()).isEmpty();
      assertThat(out)
          .contains(
              "-> start the embedded gateway",
              "-> connect and log in as demo@demo.local",
              "-> monitor 100 and 101",
              "-> call 100 -> 101, Delivered at 101",
              "-> 101 answers, Established at both",
              "-> hold at 100, Held at both",
              "-> retrieve at 100, Retrieved at both",
              "-> clear the call, ConnectionCleared at both",
              "-> log out and stop the gateway")
          .containsPattern("OK {2}http://127\\.0\\.0\\.1:\\d+/csta")
          .doesNotContain("FAILED", "SKIPPED");
      // the events print as they arrive, each with its device and what it means
      assertThat(out)
          .containsPattern("<- +[0-9.]+ s {2}101 {2}Delivered +call 1: 101 is ringing, 100 calling")
          .containsPattern("<- +[0-9.]+ s {2}100 {2}Established +call 1: 101 answered 100")
          .containsPattern("<- +[0-9.]+ s {2}100 {2}Held ")
          .containsPattern("<- +[0-9.]+ s {2}101 {2}Retrieved ")
          .containsPattern("<- +[0-9.]+ s {2}101 {2}ConnectionCleared +call 1: 101 left the call");
      String summary = out.substring(out.indexOf("Summary"));
      assertThat(summary.lines().filter(l -> l.matches("  OK +.* +\\d+ ms"))).hasSize(9);
      assertThat(summary)
          .contains("Delivered 2", "Established 2", "Held 2", "Retrieved 2", "ConnectionCleared 4")
          .containsPattern("result +all 9 steps OK in [0-9.]+ s");
      // piped: plain text, no colour
      assertThat(out).doesNotContain(ESC);
    }
  }

  @Test
  void aMissingEventFailsItsStepSkipsTheRestAndExitsOne() throws Exception {
    // 101 never answers, so Established never comes; 8 s leaves the steps before it time enough
    try (CliProcess demo =
        CliProcess.csta(Map.of(), "demo", "--answer-after", "0", "--timeout", "8")) {
      int exit = demo.awaitExit();
      String out = demo.outText();
      assertThat(exit).as(out).isEqualTo(1);
      assertThat(out)
          .containsPattern(
              "FAILED +101 answers, Established at both +\\d+ ms  no Established at 101 within 8 s")
          .containsPattern("SKIPPED +hold at 100, Held at both")
          .containsPattern("SKIPPED +log out and stop the gateway")
          .containsPattern("result +FAILED at step 5 of 9, 4 skipped")
          .doesNotContain(ESC);
      assertThat(demo.err())
          .containsExactly(
              "csta demo: step '101 answers, Established at both' failed:"
                  + " no Established at 101 within 8 s");
    }
  }

  @Test
  void noColorWhenAskedEvenOnATerminal() {
    PrintWriter sink = new PrintWriter(new StringWriter());
    Terminal plain = new Terminal(sink, sink, false);
    Terminal colored = new Terminal(sink, sink, true);
    assertThat(plain.green("OK")).isEqualTo("OK");
    assertThat(colored.green("OK")).isEqualTo(ESC + "[32mOK" + ESC + "[0m");
    assertThat(Terminal.colorWanted(true)).isFalse();
    // the test's stdout is not a terminal
    assertThat(Terminal.colorWanted(false)).isFalse();
  }
}

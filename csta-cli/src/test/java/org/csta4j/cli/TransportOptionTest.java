package org.csta4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;
import org.csta4j.simulator.CstaSimulator;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code --transport NAME}: either SignalR transport on the command line, names from the installed
 * factories, an unknown name refused with the names, the choice said in the output. In-process
 * through {@link Main#run(PrintWriter, PrintWriter, String...)}, but for {@code --verbose}, whose
 * log goes to the process's stderr.
 */
class TransportOptionTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int csta(String... args) {
    return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void theCandidatesAreTheInstalledTransportsAndTheHelpNamesThem() {
    assertThat(TransportOption.names()).containsExactly("signalr", "signalr-jetty");
    for (String command : new String[] {"demo", "call", "monitor", "clear", "snapshot"}) {
      CommandLine sub = new CommandLine(new CstaCommand()).getSubcommands().get(command);
      assertThat(sub).as(command).isNotNull();
      CommandLine.Model.OptionSpec option =
          java.util.Objects.requireNonNull(sub).getCommandSpec().findOption("--transport");
      assertThat(option).as(command + " --transport").isNotNull();
      Iterable<String> candidates = java.util.Objects.requireNonNull(option).completionCandidates();
      assertThat(candidates).as(command).containsExactly("signalr", "signalr-jetty");
    }
    assertThat(csta("demo", "--help")).isZero();
    assertThat(out.toString())
        .contains("--transport=NAME")
        .containsPattern("connect with: signalr,\\s+signalr-jetty\\.");
  }

  @Test
  void anUnknownNameIsAUsageErrorListingTheInstalledOnes() {
    int exit =
        csta(
            "snapshot",
            "100",
            "--transport",
            "okhttp",
            "--gateway",
            "http://127.0.0.1:1/csta",
            "--user",
            "u",
            "--pbx-domain",
            "d",
            "--password-env",
            "PATH");
    assertThat(exit).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString().strip())
        .isEqualTo(
            "csta snapshot: --transport: no transport named 'okhttp';"
                + " installed: signalr, signalr-jetty");
  }

  @Test
  void theDemoRefusesAnUnknownNameBeforeItStartsAnything() {
    assertThat(csta("demo", "--transport", "nope")).isEqualTo(ExitCode.USAGE);
    assertThat(out.toString()).doesNotContain("start the embedded gateway");
    assertThat(err.toString().strip())
        .startsWith("csta demo: --transport: no transport named 'nope'; installed: ")
        .contains("signalr, signalr-jetty");
  }

  @Test
  void theDemoRunsOverEitherTransportAndSaysWhich() {
    for (String name : new String[] {"signalr", "signalr-jetty"}) {
      out.getBuffer().setLength(0);
      int exit = csta("demo", "--transport", name, "--timeout", "30", "--answer-after", "50");
      assertThat(exit).as(name + ":\n" + out + err).isZero();
      assertThat(out.toString())
          .containsPattern("OK {2}session \\S+ over the " + name + " transport")
          .containsPattern("result +all 9 steps OK");
    }
    out.getBuffer().setLength(0);
    assertThat(csta("demo", "--timeout", "30", "--answer-after", "50")).isZero();
    assertThat(out.toString()).contains("over the signalr-jetty transport");
  }

  @Test
  void verboseSaysWhichTransportConnects() throws Exception {
    try (CstaSimulator sim = CstaSimulator.demo().autoAnswerDelay(Duration.ZERO).start()) {
      for (String name : new String[] {"signalr", "signalr-jetty"}) {
        try (CliProcess p =
            CliProcess.csta(
                Map.of("CSTA_TEST_PASSWORD", "demo"),
                "snapshot",
                "100",
                "--verbose",
                "--transport",
                name,
                "--gateway",
                sim.hubUrl().toString(),
                "--user",
                "demo",
                "--pbx-domain",
                "demo.local",
                "--password-env",
                "CSTA_TEST_PASSWORD")) {
          assertThat(p.awaitExit()).as(p.errText()).isZero();
          assertThat(p.errText())
              .contains(
                  "connecting to "
                      + sim.hubUrl()
                      + " as demo@demo.local over the "
                      + name
                      + " transport");
        }
      }
    }
  }
}

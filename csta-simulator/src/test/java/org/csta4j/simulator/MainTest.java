package org.csta4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The standalone command's options and what it prints. */
class MainTest {
  @Test
  void optionsConfigureTheSimulator() {
    try (CstaSimulator sim =
        Main.parse(
                new String[] {
                  "--port",
                  "0",
                  "--user",
                  "alice:s3cret@pbx.example",
                  "--device",
                  "100",
                  "--device",
                  "200"
                })
            .start()) {
      assertThat(sim.users()).containsExactly("alice@pbx.example");
      assertThat(sim.devices()).containsExactlyInAnyOrder("100", "200");
      String printed = print(sim);
      assertThat(printed).contains("hub URL : " + sim.hubUrl()).doesNotContain("s3cret");
    }
  }

  @Test
  void noOptionsServeTheDemoConfigurationAndPrintIt() {
    try (CstaSimulator sim = Main.parse(new String[] {"--port", "0"}).start()) {
      assertThat(sim.devices()).contains("100", "101");
      assertThat(print(sim)).contains("demo@demo.local", "password demo", "u-1-<device>");
    }
  }

  @Test
  void badOptionsAreClearErrors() {
    assertThatThrownBy(() -> Main.parse(new String[] {"--port", "x"}))
        .hasMessage("--port: 'x' is not a number");
    assertThatThrownBy(() -> Main.parse(new String[] {"--frobnicate", "1"}))
        .hasMessage("unknown option --frobnicate");
    assertThatThrownBy(() -> Main.parse(new String[] {"--user"}))
        .hasMessage("--user: needs a value");
    assertThatThrownBy(() -> Main.parse(new String[] {"--user", "bob"}))
        .hasMessage("user: expected USER:PASSWORD@DOMAIN");
  }

  private static String print(CstaSimulator sim) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Main.describe(sim, new PrintStream(out, true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }
}

package org.csta4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JUnit 5 extension as a user would register it. */
class CstaSimulatorExtensionTest {
  @RegisterExtension
  static final CstaSimulatorExtension SIM =
      new CstaSimulatorExtension(() -> CstaSimulator.demo().autoAnswerDelay(Duration.ZERO));

  @Test
  void injectsTheRunningSimulator(CstaSimulator sim) throws Exception {
    assertThat(sim).isSameAs(SIM.simulator());
    assertThat(sim.hubUrl().toString()).startsWith("http://127.0.0.1:").endsWith("/csta");
    try (OfficialJavaClient client =
        new OfficialJavaClient(sim.hubUrl(), Duration.ofSeconds(10)).start()) {
      assertThat(client.login("demo", "demo", "demo.local").has("sessionID")).isTrue();
    }
  }

  @Test
  void builderRejectsBadConfigurationNamingTheSetting() {
    assertThatThrownBy(() -> CstaSimulator.builder().port(70000)).hasMessageStartingWith("port:");
    assertThatThrownBy(() -> CstaSimulator.builder().user("nope"))
        .hasMessage("user: expected USER:PASSWORD@DOMAIN");
    assertThatThrownBy(() -> CstaSimulator.builder().device("1 0"))
        .hasMessageStartingWith("device:");
    assertThatThrownBy(() -> CstaSimulator.builder().device("100").start())
        .hasMessageStartingWith("users:");
    assertThatThrownBy(() -> CstaSimulator.builder().hubPath("csta"))
        .hasMessageStartingWith("hubPath:");
  }

  @Test
  void portInUseIsAClearError(CstaSimulator running) {
    assertThatThrownBy(() -> CstaSimulator.demo().port(running.port()).start())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot start the simulator on 127.0.0.1:" + running.port());
  }

  @Test
  void closeLeavesNoThreadBehind() throws Exception {
    CstaSimulator sim = CstaSimulator.demo().start();
    try (OfficialJavaClient client =
        new OfficialJavaClient(sim.hubUrl(), Duration.ofSeconds(10)).start()) {
      client.login("demo", "demo", "demo.local");
    }
    var mine =
        Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.getName().startsWith(sim.threadPrefix + "-"))
            .toList();
    assertThat(mine).isNotEmpty();
    sim.close();
    for (Thread t : mine) {
      t.join(10_000);
    }
    assertThat(mine).noneMatch(Thread::isAlive);
  }
}

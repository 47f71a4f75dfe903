package org.csta4j.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.csta4j.model.SessionError;
import org.csta4j.session.CstaSession;
import org.csta4j.session.SessionState;
import org.csta4j.simulator.CstaSimulator;
import org.csta4j.spring.boot.internal.CstaFailureAnalyzer;
import org.csta4j.spring.boot.internal.CstaHealthIndicator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.env.MockEnvironment;

/** The starter against an embedded gateway on a free port: start-up, outage, failures. */
@ExtendWith(OutputCaptureExtension.class)
class CstaStarterAgainstSimulatorTest {
  private static final String PASSWORD = "s3cret-Pw-71";
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private CstaSimulator gateway;

  @BeforeEach
  void startGateway() {
    gateway =
        CstaSimulator.builder()
            .user("crm", PASSWORD, "pbx.example")
            .device("100")
            .device("101")
            .start();
  }

  @AfterEach
  void stopGateway() {
    gateway.close();
  }

  private ApplicationContextRunner runner() {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(CstaAutoConfiguration.class))
        .withPropertyValues(
            "csta.gateway=" + gateway.hubUrl(),
            "csta.username=crm",
            "csta.password=" + PASSWORD,
            "csta.pbx-domain=pbx.example",
            "csta.reconnect.initial-backoff=50ms",
            "csta.reconnect.max-backoff=200ms",
            "csta.health.reconnecting-threshold=100ms");
  }

  private static Health health(AssertableApplicationContext context) {
    return context.getBean(CstaHealthIndicator.class).health();
  }

  @Test
  void theContextStartsWithAnActiveSessionAndHealthUp() {
    runner()
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              CstaSession session =
                  context.getBean(CstaSessionProvider.class).current().orElseThrow();
              assertThat(session.state()).isEqualTo(SessionState.ACTIVE);
              assertThat(gateway.sessionCount()).isEqualTo(1);
              await().atMost(PATIENCE).until(() -> health(context).getStatus(), Status.UP::equals);
              Map<String, Object> details = health(context).getDetails();
              assertThat(details)
                  .containsEntry("state", "ACTIVE")
                  .containsEntry("gateway", "http://127.0.0.1:" + gateway.port());
              assertThat(details.toString()).doesNotContain(PASSWORD).doesNotContain("crm");
              // the same session for every caller
              assertThat(context.getBean(CstaSessionProvider.class).session().join())
                  .isSameAs(session);
            });
    // closing the context closed the session
    await().atMost(PATIENCE).until(() -> gateway.sessionCount() == 0);
  }

  @Configuration(proxyBeanMethods = false)
  static class Registry {
    @Bean
    SimpleMeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }
  }

  private static double count(MeterRegistry registry, String name, String... tags) {
    Counter c = registry.find(name).tags(tags).counter();
    return c == null ? 0 : c.count();
  }

  @Test
  void healthGoesOutOfServiceDuringAnOutageAndUpAgainAfterItAndTheMetricsShowTheReconnect() {
    runner()
        .withUserConfiguration(Registry.class)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              CstaSession session =
                  context.getBean(CstaSessionProvider.class).current().orElseThrow();
              await().atMost(PATIENCE).until(() -> health(context).getStatus(), Status.UP::equals);

              // the gateway is there, but refuses every login for now: the session keeps trying
              gateway.faults().rejectLogins(SessionError.SERVER_RESOURCES_BUSY);
              assertThat(gateway.faults().dropAllConnections()).isEqualTo(1);
              await()
                  .atMost(PATIENCE)
                  .until(() -> health(context).getStatus(), Status.OUT_OF_SERVICE::equals);
              Health out = health(context);
              assertThat(out.getDetails()).containsEntry("state", "RECONNECTING");
              assertThat(out.getDetails()).containsKeys("reason", "reconnectingFor");
              assertThat(out.getDetails().toString()).doesNotContain(PASSWORD);

              gateway.faults().acceptLogins();
              await().atMost(PATIENCE).until(() -> health(context).getStatus(), Status.UP::equals);
              assertThat(session.state()).isEqualTo(SessionState.ACTIVE);
              assertThat(context.getBean(CstaSessionProvider.class).current()).contains(session);

              MeterRegistry registry = context.getBean(MeterRegistry.class);
              await()
                  .atMost(PATIENCE)
                  .until(
                      () -> count(registry, "csta.session.reconnects", "outcome", "success") >= 1);
              assertThat(count(registry, "csta.session.reconnects", "outcome", "failure"))
                  .isGreaterThanOrEqualTo(1);
              assertThat(
                      registry
                          .get("csta.session.state")
                          .tags("session", "csta", "state", "active")
                          .gauge()
                          .value())
                  .isEqualTo(1);
            });
  }

  @Test
  void lazilyTheSessionConnectsOnFirstUseOnly() {
    runner()
        .withPropertyValues("csta.connect-on-startup=false")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              CstaSessionProvider provider = context.getBean(CstaSessionProvider.class);
              assertThat(provider.current()).isEmpty();
              assertThat(gateway.connectionCount()).isZero();
              assertThat(gateway.sessionCount()).isZero();
              assertThat(health(context).getStatus()).isEqualTo(Status.UNKNOWN);

              CstaSession session = provider.session().get();
              assertThat(session.state()).isEqualTo(SessionState.ACTIVE);
              assertThat(gateway.sessionCount()).isEqualTo(1);
              assertThat(provider.current()).contains(session);
              await().atMost(PATIENCE).until(() -> health(context).getStatus(), Status.UP::equals);
            });
  }

  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration(CstaAutoConfiguration.class)
  static class App {}

  private SpringApplicationBuilder app(String... properties) {
    return new SpringApplicationBuilder(App.class)
        .web(WebApplicationType.NONE)
        .properties(properties);
  }

  @Test
  void aWrongPasswordFailsStartUpWithTheLoginErrorAndNotThePassword(CapturedOutput output) {
    String wrong = "wrong-Pw-4242";
    Throwable failure =
        catchFailure(
            app(
                "csta.gateway=" + gateway.hubUrl(),
                "csta.username=crm",
                "csta.password=" + wrong,
                "csta.pbx-domain=pbx.example"));

    FailureAnalysis analysis = analyze(failure, wrong);
    assertThat(analysis.getDescription())
        .contains("refused the session's login")
        .contains("crm@pbx.example")
        .contains("invalidApplicationInfo")
        .doesNotContain(wrong);
    assertThat(analysis.getAction()).contains("csta.password").doesNotContain(wrong);

    // what the user sees: one analysis, no stack of bean errors, no password
    assertThat(output.toString())
        .contains("APPLICATION FAILED TO START")
        .contains("refused the session's login")
        .contains("Check csta.username, csta.password and csta.pbx-domain")
        .doesNotContain("Caused by:")
        .doesNotContain(wrong);
    assertThat(gateway.sessionCount()).isZero();
  }

  @Test
  void anUnreachableGatewayFailsStartUpNamingTheGateway(CapturedOutput output) {
    String hub = gateway.hubUrl().toString();
    int port = gateway.port();
    gateway.close(); // nothing listens there now
    Throwable failure =
        catchFailure(
            app(
                "csta.gateway=" + hub,
                "csta.username=crm",
                "csta.password=" + PASSWORD,
                "csta.pbx-domain=pbx.example",
                "csta.connect-timeout=5s"));

    FailureAnalysis analysis = analyze(failure, PASSWORD);
    assertThat(analysis.getDescription())
        .contains("Could not connect to the CSTA gateway at http://127.0.0.1:" + port)
        .doesNotContain(PASSWORD);
    assertThat(analysis.getAction()).contains("csta.gateway");
    assertThat(output.toString())
        .contains("APPLICATION FAILED TO START")
        .contains("Could not connect to the CSTA gateway")
        .doesNotContain("Caused by:")
        .doesNotContain(PASSWORD);
  }

  @Test
  void missingSettingsAreBindingErrorsNamingTheProperty(CapturedOutput output) {
    catchFailure(app("csta.username=crm"));
    assertThat(output.toString())
        .contains("APPLICATION FAILED TO START")
        .contains("csta.gateway")
        .contains("csta.password")
        .contains("csta.pbx-domain");
  }

  @Test
  void aBadReconnectSettingIsABindingErrorNamingIt(CapturedOutput output) {
    catchFailure(
        app(
            "csta.gateway=" + gateway.hubUrl(),
            "csta.username=crm",
            "csta.password=" + PASSWORD,
            "csta.pbx-domain=pbx.example",
            "csta.reconnect.jitter=2",
            "csta.transport=carrier-pigeon"));
    assertThat(output.toString())
        .contains("APPLICATION FAILED TO START")
        .contains("csta.reconnect")
        .contains("jitter")
        .contains("csta.transport")
        .contains("carrier-pigeon")
        .doesNotContain(PASSWORD);
  }

  private static FailureAnalysis analyze(Throwable failure, String password) {
    FailureAnalysis analysis =
        new CstaFailureAnalyzer(new MockEnvironment().withProperty("csta.password", password))
            .analyze(failure);
    assertThat(analysis).as("the analysis of " + failure).isNotNull();
    return Objects.requireNonNull(analysis);
  }

  private static Throwable catchFailure(SpringApplicationBuilder app) {
    Throwable failure = catchThrowable(() -> app.run().close());
    assertThat(failure).as("start-up failure").isNotNull();
    return failure;
  }
}

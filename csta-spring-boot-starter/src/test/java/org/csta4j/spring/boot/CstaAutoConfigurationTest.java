package org.csta4j.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.csta4j.session.CstaClient;
import org.csta4j.spring.boot.internal.CstaHealthIndicator;
import org.csta4j.spring.boot.internal.ManagedSession;
import org.csta4j.spring.boot.internal.MetricsBinder;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint.ConfigurationPropertiesBeanDescriptor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The conditions, the bound settings and what Actuator shows of them; nothing connects here. */
class CstaAutoConfigurationTest {
  /** A gateway nobody listens on: these contexts never connect (connect-on-startup=false). */
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(CstaAutoConfiguration.class))
          .withPropertyValues(
              "csta.gateway=http://127.0.0.1:9/csta",
              "csta.username=crm",
              "csta.password=pa55-w0rd-Xy",
              "csta.pbx-domain=pbx.example",
              "csta.connect-on-startup=false");

  @Test
  void theClientTheProviderAndTheHealthIndicatorAreConfigured() {
    runner
        .withPropertyValues("csta.request-timeout=3s", "csta.reconnect.max-attempts=5")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).hasSingleBean(CstaClient.class);
              assertThat(context).hasSingleBean(CstaSessionProvider.class);
              assertThat(context).hasSingleBean(CstaHealthIndicator.class);
              assertThat(context).hasBean("cstaHealthIndicator");
              CstaProperties p = context.getBean(CstaProperties.class);
              assertThat(p.getRequestTimeout()).hasSeconds(3);
              assertThat(p.getReconnect().toPolicy().maxAttempts()).hasValue(5);
              assertThat(p.toString()).contains("crm@pbx.example").doesNotContain("pa55-w0rd-Xy");
              assertThat(context.getBean(CstaClient.class).toString())
                  .doesNotContain("pa55-w0rd-Xy");
              assertThat(context.getBean(CstaSessionProvider.class).current()).isEmpty();
            });
  }

  @Test
  void aClientOfTheApplicationsOwnTurnsTheAutoConfigurationOff() {
    runner
        .withUserConfiguration(OwnClient.class)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).hasSingleBean(CstaClient.class);
              assertThat(context.getBean(CstaClient.class).toString()).contains("own@own.example");
              assertThat(context).doesNotHaveBean(CstaSessionProvider.class);
              assertThat(context).doesNotHaveBean(ManagedSession.class);
              assertThat(context).doesNotHaveBean(CstaProperties.class);
              assertThat(context).doesNotHaveBean(HealthIndicator.class);
            });
  }

  @Test
  void withoutActuatorsHealthThereIsNoIndicator() {
    runner
        .withClassLoader(new FilteredClassLoader(HealthIndicator.class))
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).hasSingleBean(CstaSessionProvider.class);
              assertThat(context).doesNotHaveBean(CstaHealthIndicator.class);
            });
  }

  @Test
  void theMetricsBinderIsThereWithMicrometerUnlessTurnedOff() {
    runner.run(context -> assertThat(context).hasSingleBean(MetricsBinder.class));
    runner
        .withPropertyValues("csta.metrics.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(MetricsBinder.class));
    runner
        .withClassLoader(new FilteredClassLoader(MeterRegistry.class))
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(MetricsBinder.class);
            });
  }

  @Test
  void theIndicatorCanBeTurnedOff() {
    runner
        .withPropertyValues("management.health.csta.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(CstaHealthIndicator.class));
  }

  @Test
  void configpropsShowsTheSettingsButNotThePassword() {
    runner
        .withConfiguration(
            AutoConfigurations.of(
                JacksonAutoConfiguration.class,
                EndpointAutoConfiguration.class,
                ConfigurationPropertiesReportEndpointAutoConfiguration.class))
        .withPropertyValues(
            "management.endpoints.web.exposure.include=configprops",
            "management.endpoint.configprops.show-values=always")
        .run(
            context -> {
              ConfigurationPropertiesBeanDescriptor csta =
                  context
                      .getBean(ConfigurationPropertiesReportEndpoint.class)
                      .configurationProperties()
                      .getContexts()
                      .values()
                      .iterator()
                      .next()
                      .getBeans()
                      .values()
                      .stream()
                      .filter(b -> b.getPrefix().equals("csta"))
                      .findFirst()
                      .orElseThrow();
              Map<String, Object> shown = csta.getProperties();
              assertThat(shown).containsEntry("username", "crm");
              assertThat(shown.get("password")).isEqualTo("******");
              assertThat(csta.getInputs().toString()).doesNotContain("pa55-w0rd-Xy");
              assertThat(shown.toString()).doesNotContain("pa55-w0rd-Xy");
            });
  }

  @Test
  void theGeneratedMetadataDescribesEveryProperty() throws Exception {
    String json;
    try (InputStream in =
        getClass()
            .getClassLoader()
            .getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("META-INF/spring-configuration-metadata.json").isNotNull();
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (String name :
        new String[] {
          "csta.gateway",
          "csta.username",
          "csta.password",
          "csta.pbx-domain",
          "csta.transport",
          "csta.connect-on-startup",
          "csta.connect-timeout",
          "csta.request-timeout",
          "csta.reconnect.initial-backoff",
          "csta.reconnect.max-attempts",
          "csta.health.reconnecting-threshold",
          "csta.metrics.enabled"
        }) {
      assertThat(json).contains("\"name\": \"" + name + "\"");
    }
    assertThat(json)
        .contains("The gateway's hub URL")
        .contains("How long the session may be reconnecting before health says OUT_OF_SERVICE");
    List<String> all = JsonPath.read(json, "$.properties[*].name");
    List<String> undescribed = JsonPath.read(json, "$.properties[?(!@.description)].name");
    assertThat(all).hasSizeGreaterThan(20);
    assertThat(undescribed).isEmpty();
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnClient {
    @Bean
    CstaClient ownClient() {
      return CstaClient.builder()
          .gateway("http://127.0.0.1:9/own")
          .credentials("own", "own-secret", "own.example")
          .build();
    }
  }
}

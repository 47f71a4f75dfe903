package org.csta4j.spring.boot;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.csta4j.micrometer.CstaMetrics;
import org.csta4j.session.CstaClient;
import org.csta4j.spring.boot.internal.CstaHealthIndicator;
import org.csta4j.spring.boot.internal.ManagedSession;
import org.csta4j.spring.boot.internal.MetricsBinder;
import org.csta4j.spring.boot.internal.SessionBinder;
import org.csta4j.spring.boot.internal.SessionStateTracker;
import org.csta4j.transport.CstaTransportFactory;
import org.csta4j.transport.CstaTransports;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configures csta4j from the {@code csta.*} properties ({@link CstaProperties}):
 *
 * <ul>
 *   <li>a {@link CstaClient} bean, closed when the context closes;
 *   <li>a {@link CstaSessionProvider} bean, whose session is connected and logged in while the
 *       application starts (before the web server takes requests), or on first use with {@code
 *       csta.connect-on-startup=false}, and closed when the application stops;
 *   <li>with Actuator's health on the class path, a {@code csta} health indicator (turned off by
 *       {@code management.health.csta.enabled=false});
 *   <li>with Actuator, {@code csta.password} masked in the {@code configprops} and {@code env}
 *       endpoints whatever their {@code show-values};
 *   <li>with Micrometer, {@code csta-micrometer} and a {@code MeterRegistry} bean, the session's
 *       meters (turned off by {@code csta.metrics.enabled=false}).
 * </ul>
 *
 * <p>An application that defines a {@code CstaClient} bean of its own gets none of this: the
 * properties are then not read, and the client is the application's to connect.
 */
@AutoConfiguration
@ConditionalOnClass(CstaClient.class)
@ConditionalOnMissingBean(CstaClient.class)
@EnableConfigurationProperties(CstaProperties.class)
public final class CstaAutoConfiguration {
  /** Made by Spring. */
  public CstaAutoConfiguration() {}

  /**
   * The state the health indicator reads, heard from every session of the client.
   *
   * @return a tracker on the system's monotonic clock
   */
  @Bean
  SessionStateTracker cstaSessionStateTracker() {
    return new SessionStateTracker();
  }

  /**
   * The client, made from the properties (validated when they were bound).
   *
   * @param properties the {@code csta.*} settings
   * @param tracker added as a listener of every session
   * @return the client, not yet connected
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  CstaClient cstaClient(CstaProperties properties, SessionStateTracker tracker) {
    URI gateway = Objects.requireNonNull(properties.getGateway(), "csta.gateway");
    CstaClient.Builder b =
        CstaClient.builder()
            .gateway(gateway)
            .credentials(
                Objects.requireNonNull(properties.getUsername(), "csta.username"),
                Objects.requireNonNull(properties.getPassword(), "csta.password"),
                Objects.requireNonNull(properties.getPbxDomain(), "csta.pbx-domain"))
            .applicationId(properties.getApplicationId())
            .connectTimeout(properties.getConnectTimeout())
            .requestTimeout(properties.getRequestTimeout())
            .sessionDuration(properties.getSessionDuration())
            .keepaliveInterval(properties.getKeepaliveInterval())
            .closeTimeout(properties.getCloseTimeout())
            .reconnectPolicy(properties.getReconnect().toPolicy())
            .listener(tracker);
    String transport = properties.getTransport();
    if (transport != null && !transport.isBlank()) {
      b.transport(transportNamed(transport));
    }
    return b.build();
  }

  private static CstaTransportFactory transportNamed(String name) {
    for (CstaTransportFactory f : CstaTransports.installed()) {
      if (f.name().equals(name)) {
        return f;
      }
    }
    throw new IllegalStateException("csta.transport: no transport named '" + name + "'");
  }

  /**
   * The application's session, managed through the context's lifecycle.
   *
   * @param client the client that connects it
   * @param properties the {@code csta.*} settings
   * @param tracker told when a connect fails
   * @param binders what is attached to each session (the metrics)
   * @return the provider; a {@link org.springframework.context.SmartLifecycle}
   */
  @Bean
  ManagedSession cstaSessionProvider(
      CstaClient client,
      CstaProperties properties,
      SessionStateTracker tracker,
      ObjectProvider<SessionBinder> binders) {
    return new ManagedSession(
        client,
        properties.isConnectOnStartup(),
        tracker,
        properties.gatewayHost(),
        properties.getUsername() + "@" + properties.getPbxDomain(),
        List.copyOf(binders.orderedStream().toList()));
  }

  /** The {@code csta} health indicator, when Actuator's health is on the class path. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(HealthIndicator.class)
  @ConditionalOnEnabledHealthIndicator("csta")
  static final class HealthConfiguration {
    /**
     * The indicator; its bean name makes it {@code csta} in the health endpoint.
     *
     * @param tracker the session's last state
     * @param properties the threshold and the gateway
     * @return the indicator
     */
    @Bean
    @ConditionalOnMissingBean(name = "cstaHealthIndicator")
    CstaHealthIndicator cstaHealthIndicator(
        SessionStateTracker tracker, CstaProperties properties) {
      return new CstaHealthIndicator(
          tracker, properties.getHealth().getReconnectingThreshold(), properties.gatewayHost());
    }
  }

  /** The session's meters, when Micrometer and {@code csta-micrometer} are on the class path. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({MeterRegistry.class, CstaMetrics.class})
  @ConditionalOnBooleanProperty(name = "csta.metrics.enabled", matchIfMissing = true)
  static final class MetricsConfiguration {
    /**
     * Binds each session's meters to the application's registry, looked up when the session
     * connects (so that no auto-configuration order matters).
     *
     * @param registries the application's registries
     * @param properties the {@code session} tag's value
     * @return the binder the session provider calls
     */
    @Bean
    MetricsBinder cstaMetricsBinder(
        ObjectProvider<MeterRegistry> registries, CstaProperties properties) {
      return new MetricsBinder(registries, properties.getMetrics().getName());
    }
  }

  /** Masks the password in Actuator's endpoints, even where they are set to show values. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(SanitizingFunction.class)
  static final class SanitizingConfiguration {
    /**
     * {@return a function that masks {@code csta.password} (also in its environment-variable
     * spelling)}
     */
    @Bean
    SanitizingFunction cstaPasswordSanitizer() {
      return SanitizingFunction.sanitizeValue()
          .ifKeyMatchesIgnoringCase(String::equalsIgnoreCase, "csta.password", "CSTA_PASSWORD");
    }
  }
}

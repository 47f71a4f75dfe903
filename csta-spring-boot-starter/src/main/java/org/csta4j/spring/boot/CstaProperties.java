package org.csta4j.spring.boot;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.csta4j.session.ReconnectPolicy;
import org.csta4j.transport.CstaTransportFactory;
import org.csta4j.transport.CstaTransports;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The {@code csta.*} settings of the auto-configured {@link org.csta4j.session.CstaClient}. Only
 * {@code csta.gateway}, {@code csta.username}, {@code csta.password} and {@code csta.pbx-domain}
 * are required; every other setting has the client's default. The settings check themselves when
 * bound: a missing or invalid one fails start-up with a binding error that names the property.
 *
 * <p>The password appears nowhere: not in {@link #toString()}, and the Actuator {@code configprops}
 * and {@code env} endpoints show it masked. A bean that Spring fills on one thread at start-up; not
 * meant to be changed afterwards.
 */
@ConfigurationProperties("csta")
public class CstaProperties implements Validator {
  /** The gateway's hub URL, e.g. https://gateway.example/csta. Its scheme picks the transport. */
  private @Nullable URI gateway;

  /** The user the session logs in as. */
  private @Nullable String username;

  /** The user's password. Never logged, never shown by Actuator. */
  private @Nullable String password;

  /** The PBX domain of the login. */
  private @Nullable String pbxDomain;

  /** The applicationID sent at login. */
  private String applicationId = "csta4j";

  /**
   * The transport by name (e.g. signalr-jetty, signalr); empty for the installed one of highest
   * priority that serves the gateway's scheme.
   */
  private @Nullable String transport;

  /**
   * Whether to connect and log in while the application starts (start-up fails if that fails);
   * false connects on the first call of CstaSessionProvider.session().
   */
  private boolean connectOnStartup = true;

  /** How long connecting may take: negotiate, the socket and the SignalR handshake together. */
  private Duration connectTimeout = Duration.ofSeconds(10);

  /** The default timeout of each request, the login included. */
  private Duration requestTimeout = Duration.ofSeconds(10);

  /** The session duration asked for at login and on each keepalive. */
  private Duration sessionDuration = Duration.ofMinutes(2);

  /** The longest time between keepalives. */
  private Duration keepaliveInterval = Duration.ofMinutes(1);

  /** How long closing waits for StopApplicationSession, and then for the transport to close. */
  private Duration closeTimeout = Duration.ofSeconds(2);

  /** When to reconnect after a loss, and when to give up. */
  private final Reconnect reconnect = new Reconnect();

  /** How the Actuator health indicator judges the session. */
  private final Health health = new Health();

  /** The Micrometer meters of the session. */
  private final Metrics metrics = new Metrics();

  /** {@return the gateway's hub URL; null until set} */
  public @Nullable URI getGateway() {
    return gateway;
  }

  /**
   * Sets the gateway's hub URL.
   *
   * @param gateway e.g. {@code https://gateway.example/csta}
   */
  public void setGateway(@Nullable URI gateway) {
    this.gateway = gateway;
  }

  /** {@return the user the session logs in as; null until set} */
  public @Nullable String getUsername() {
    return username;
  }

  /**
   * Sets the user the session logs in as.
   *
   * @param username not blank
   */
  public void setUsername(@Nullable String username) {
    this.username = username;
  }

  /** {@return the password; null until set. Never print it} */
  public @Nullable String getPassword() {
    return password;
  }

  /**
   * Sets the password.
   *
   * @param password may be empty, but must be set
   */
  public void setPassword(@Nullable String password) {
    this.password = password;
  }

  /** {@return the PBX domain of the login; null until set} */
  public @Nullable String getPbxDomain() {
    return pbxDomain;
  }

  /**
   * Sets the PBX domain of the login.
   *
   * @param pbxDomain not blank
   */
  public void setPbxDomain(@Nullable String pbxDomain) {
    this.pbxDomain = pbxDomain;
  }

  /** {@return the applicationID sent at login; {@code csta4j} by default} */
  public String getApplicationId() {
    return applicationId;
  }

  /**
   * Sets the applicationID sent at login.
   *
   * @param applicationId not blank
   */
  public void setApplicationId(String applicationId) {
    this.applicationId = applicationId;
  }

  /** {@return the transport's name; null (the default) to choose by the gateway's scheme} */
  public @Nullable String getTransport() {
    return transport;
  }

  /**
   * Sets the transport by name.
   *
   * @param transport the name of an installed transport, e.g. {@code signalr}; null or empty to
   *     choose by the gateway's scheme
   */
  public void setTransport(@Nullable String transport) {
    this.transport = transport;
  }

  /** {@return whether the session connects while the application starts; true by default} */
  public boolean isConnectOnStartup() {
    return connectOnStartup;
  }

  /**
   * Sets whether the session connects while the application starts.
   *
   * @param connectOnStartup false to connect on first use
   */
  public void setConnectOnStartup(boolean connectOnStartup) {
    this.connectOnStartup = connectOnStartup;
  }

  /** {@return how long connecting may take; 10 s by default} */
  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  /**
   * Sets how long connecting may take.
   *
   * @param connectTimeout positive
   */
  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  /** {@return the default timeout of each request; 10 s by default} */
  public Duration getRequestTimeout() {
    return requestTimeout;
  }

  /**
   * Sets the default timeout of each request.
   *
   * @param requestTimeout positive
   */
  public void setRequestTimeout(Duration requestTimeout) {
    this.requestTimeout = requestTimeout;
  }

  /** {@return the session duration asked for; 2 min by default} */
  public Duration getSessionDuration() {
    return sessionDuration;
  }

  /**
   * Sets the session duration asked for at login and on each keepalive.
   *
   * @param sessionDuration positive
   */
  public void setSessionDuration(Duration sessionDuration) {
    this.sessionDuration = sessionDuration;
  }

  /** {@return the longest time between keepalives; 1 min by default} */
  public Duration getKeepaliveInterval() {
    return keepaliveInterval;
  }

  /**
   * Sets the longest time between keepalives.
   *
   * @param keepaliveInterval positive
   */
  public void setKeepaliveInterval(Duration keepaliveInterval) {
    this.keepaliveInterval = keepaliveInterval;
  }

  /** {@return how long closing waits; 2 s by default} */
  public Duration getCloseTimeout() {
    return closeTimeout;
  }

  /**
   * Sets how long closing waits for StopApplicationSession, and then for the transport.
   *
   * @param closeTimeout positive
   */
  public void setCloseTimeout(Duration closeTimeout) {
    this.closeTimeout = closeTimeout;
  }

  /** {@return the reconnect settings, {@code csta.reconnect.*}} */
  public Reconnect getReconnect() {
    return reconnect;
  }

  /** {@return the health settings, {@code csta.health.*}} */
  public Health getHealth() {
    return health;
  }

  /** {@return the metrics settings, {@code csta.metrics.*}} */
  public Metrics getMetrics() {
    return metrics;
  }

  /** {@return the gateway as {@code scheme://host:port}: no path, no user info, no query} */
  String gatewayHost() {
    URI g = gateway;
    if (g == null) {
      return "(no gateway)";
    }
    return g.getScheme() + "://" + g.getHost() + (g.getPort() < 0 ? "" : ":" + g.getPort());
  }

  /**
   * {@return whether {@code type} is {@code CstaProperties}: it validates only itself}
   *
   * @param type the type to validate
   */
  @Override
  public boolean supports(Class<?> type) {
    return type == CstaProperties.class;
  }

  /**
   * Checks the bound settings; each error names its property.
   *
   * @param target these properties
   * @param errors where the errors go
   */
  @Override
  public void validate(Object target, Errors errors) {
    CstaProperties p = (CstaProperties) target;
    URI g = p.gateway;
    if (g == null) {
      errors.rejectValue(
          "gateway",
          "required",
          "required: the gateway's hub URL, e.g. https://gateway.example/csta");
    } else if (!g.isAbsolute() || g.getHost() == null) {
      errors.rejectValue(
          "gateway",
          "invalid",
          "must be an absolute URL with a host, e.g. https://gateway.example/csta");
    } else if (g.getUserInfo() != null) {
      errors.rejectValue(
          "gateway", "invalid", "must not hold credentials: set csta.username and csta.password");
    } else {
      checkTransport(p.transport, g, errors);
    }
    if (p.username == null || p.username.isBlank()) {
      errors.rejectValue("username", "required", "required: the user the session logs in as");
    }
    if (p.password == null) {
      errors.rejectValue(
          "password", "required", "required: the user's password (csta.password= for none)");
    }
    if (p.pbxDomain == null || p.pbxDomain.isBlank()) {
      errors.rejectValue("pbx-domain", "required", "required: the PBX domain of the login");
    }
    if (p.applicationId.isBlank()) {
      errors.rejectValue("application-id", "invalid", "must not be blank");
    }
    positive(errors, "connect-timeout", p.connectTimeout);
    positive(errors, "request-timeout", p.requestTimeout);
    positive(errors, "session-duration", p.sessionDuration);
    positive(errors, "keepalive-interval", p.keepaliveInterval);
    positive(errors, "close-timeout", p.closeTimeout);
    if (p.health.reconnectingThreshold.isNegative()) {
      errors.rejectValue("health.reconnecting-threshold", "invalid", "must not be negative");
    }
    if (p.metrics.name.isBlank()) {
      errors.rejectValue("metrics.name", "invalid", "must not be blank");
    }
    try {
      p.reconnect.toPolicy();
    } catch (IllegalArgumentException e) {
      errors.rejectValue("reconnect", "invalid", String.valueOf(e.getMessage()));
    }
  }

  private static void checkTransport(@Nullable String name, URI gateway, Errors errors) {
    if (name == null || name.isBlank()) {
      return;
    }
    List<String> names = new ArrayList<>();
    for (CstaTransportFactory f : CstaTransports.installed()) {
      if (f.name().equals(name)) {
        if (!f.supports(gateway)) {
          errors.rejectValue(
              "transport",
              "invalid",
              "'" + name + "' does not serve " + gateway.getScheme() + " URLs (csta.gateway)");
        }
        return;
      }
      names.add(f.name());
    }
    errors.rejectValue(
        "transport",
        "invalid",
        "no transport named '"
            + name
            + "' is installed; installed: "
            + (names.isEmpty() ? "none" : String.join(", ", names)));
  }

  private static void positive(Errors errors, String field, Duration d) {
    if (d.isNegative() || d.isZero()) {
      errors.rejectValue(field, "invalid", "must be positive but is " + d);
    }
  }

  /** {@return every setting but the password, which shows as {@code ****} when set} */
  @Override
  public String toString() {
    return "CstaProperties{gateway="
        + gateway
        + ", user="
        + username
        + "@"
        + pbxDomain
        + ", password="
        + (password == null ? "unset" : "****")
        + ", applicationId="
        + applicationId
        + ", transport="
        + (transport == null ? "auto" : transport)
        + ", connectOnStartup="
        + connectOnStartup
        + ", connectTimeout="
        + connectTimeout
        + ", requestTimeout="
        + requestTimeout
        + ", sessionDuration="
        + sessionDuration
        + ", keepaliveInterval="
        + keepaliveInterval
        + ", closeTimeout="
        + closeTimeout
        + ", "
        + reconnect
        + ", "
        + health
        + ", "
        + metrics
        + "}";
  }

  /** {@code csta.reconnect.*}: the session's {@link ReconnectPolicy}. */
  public static class Reconnect {
    /** The wait before the second attempt; the first is immediate. */
    private Duration initialBackoff = Duration.ofMillis(250);

    /** The longest wait between attempts. */
    private Duration maxBackoff = Duration.ofSeconds(30);

    /** The growth of the wait per attempt, 1 or more. */
    private double multiplier = 2;

    /** The spread of each wait, a fraction from 0 to 1. */
    private double jitter = 0.2;

    /**
     * How many failed attempts make the session give up (0: never reconnect); empty for no limit.
     */
    private @Nullable Integer maxAttempts;

    /** How long after a loss a failed attempt makes the session give up; empty for never. */
    private @Nullable Duration giveUpAfter;

    /** Settings of the default policy. */
    public Reconnect() {}

    /** {@return the wait before the second attempt; 250 ms by default} */
    public Duration getInitialBackoff() {
      return initialBackoff;
    }

    /**
     * Sets the wait before the second attempt.
     *
     * @param initialBackoff positive
     */
    public void setInitialBackoff(Duration initialBackoff) {
      this.initialBackoff = initialBackoff;
    }

    /** {@return the longest wait between attempts; 30 s by default} */
    public Duration getMaxBackoff() {
      return maxBackoff;
    }

    /**
     * Sets the longest wait between attempts.
     *
     * @param maxBackoff not shorter than the initial backoff
     */
    public void setMaxBackoff(Duration maxBackoff) {
      this.maxBackoff = maxBackoff;
    }

    /** {@return the growth of the wait per attempt; 2 by default} */
    public double getMultiplier() {
      return multiplier;
    }

    /**
     * Sets the growth of the wait per attempt.
     *
     * @param multiplier 1 or more
     */
    public void setMultiplier(double multiplier) {
      this.multiplier = multiplier;
    }

    /** {@return the spread of each wait; 0.2 by default} */
    public double getJitter() {
      return jitter;
    }

    /**
     * Sets the spread of each wait.
     *
     * @param jitter from 0 to 1
     */
    public void setJitter(double jitter) {
      this.jitter = jitter;
    }

    /** {@return how many failed attempts make the session give up; null (the default) for none} */
    public @Nullable Integer getMaxAttempts() {
      return maxAttempts;
    }

    /**
     * Sets how many failed attempts make the session give up.
     *
     * @param maxAttempts 0 or more; null for no limit
     */
    public void setMaxAttempts(@Nullable Integer maxAttempts) {
      this.maxAttempts = maxAttempts;
    }

    /** {@return how long after a loss the session gives up; null (the default) for never} */
    public @Nullable Duration getGiveUpAfter() {
      return giveUpAfter;
    }

    /**
     * Sets how long after a loss the session gives up.
     *
     * @param giveUpAfter positive; null for never
     */
    public void setGiveUpAfter(@Nullable Duration giveUpAfter) {
      this.giveUpAfter = giveUpAfter;
    }

    /**
     * {@return the policy these settings make}
     *
     * @throws IllegalArgumentException naming the first invalid setting
     */
    ReconnectPolicy toPolicy() {
      ReconnectPolicy.Builder b =
          ReconnectPolicy.builder()
              .initialBackoff(initialBackoff)
              .maxBackoff(maxBackoff)
              .multiplier(multiplier)
              .jitter(jitter);
      Integer attempts = maxAttempts;
      if (attempts != null) {
        b.maxAttempts(attempts);
      }
      Duration giveUp = giveUpAfter;
      if (giveUp != null) {
        b.giveUpAfter(giveUp);
      }
      return b.build();
    }

    /** {@return the settings} */
    @Override
    public String toString() {
      return "reconnect={initialBackoff="
          + initialBackoff
          + ", maxBackoff="
          + maxBackoff
          + ", multiplier="
          + multiplier
          + ", jitter="
          + jitter
          + ", maxAttempts="
          + (maxAttempts == null ? "unlimited" : maxAttempts)
          + ", giveUpAfter="
          + (giveUpAfter == null ? "never" : giveUpAfter)
          + "}";
    }
  }

  /** {@code csta.health.*}: how the health indicator judges the session. */
  public static class Health {
    /**
     * How long the session may be reconnecting before health says OUT_OF_SERVICE; until then it
     * stays UP.
     */
    private Duration reconnectingThreshold = Duration.ofSeconds(30);

    /** The default settings. */
    public Health() {}

    /** {@return how long reconnecting still counts as UP; 30 s by default} */
    public Duration getReconnectingThreshold() {
      return reconnectingThreshold;
    }

    /**
     * Sets how long reconnecting still counts as UP.
     *
     * @param reconnectingThreshold zero or more
     */
    public void setReconnectingThreshold(Duration reconnectingThreshold) {
      this.reconnectingThreshold = reconnectingThreshold;
    }

    /** {@return the settings} */
    @Override
    public String toString() {
      return "health={reconnectingThreshold=" + reconnectingThreshold + "}";
    }
  }

  /** {@code csta.metrics.*}: the session's meters, when Micrometer and a registry are present. */
  public static class Metrics {
    /** Whether to bind the session's meters to the application's MeterRegistry. */
    private boolean enabled = true;

    /** The value of the meters' session tag, telling this session from others. */
    private String name = "csta";

    /** The default settings. */
    public Metrics() {}

    /** {@return whether the meters are bound; true by default} */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets whether the meters are bound.
     *
     * @param enabled false for no meters
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /** {@return the session tag's value; {@code csta} by default} */
    public String getName() {
      return name;
    }

    /**
     * Sets the session tag's value.
     *
     * @param name not blank
     */
    public void setName(String name) {
      this.name = name;
    }

    /** {@return the settings} */
    @Override
    public String toString() {
      return "metrics={enabled=" + enabled + ", name=" + name + "}";
    }
  }
}

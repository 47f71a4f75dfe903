package org.csta4j.session.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.random.RandomGenerator;
import org.csta4j.json.CstaCodec;
import org.csta4j.model.internal.Checks;
import org.csta4j.model.internal.CstaStyle;
import org.csta4j.session.ReconnectPolicy;
import org.csta4j.session.Scheduler;
import org.csta4j.session.SessionListener;
import org.csta4j.transport.CstaTransportFactory;
import org.csta4j.transport.TransportConfig;
import org.immutables.value.Value;

/**
 * Everything one session is built from; made by {@link org.csta4j.session.CstaClient} with {@link
 * #builder()}. Every setting but the listeners is required: the defaults live in one place, {@code
 * CstaClient.Builder}. Every value is checked at {@code build()}, and an error names the setting.
 * The password is held as characters and printed as a mask.
 */
@Value.Immutable
@CstaStyle
public abstract class SessionConfig {
  SessionConfig() {}

  /** A builder; every setting but the listeners is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Makes the transport of each connection. */
  public abstract CstaTransportFactory transportFactory();

  /** What each transport is made for (gateway, callback executor, connect timeout, limits). */
  public abstract TransportConfig transportConfig();

  public abstract String userId();

  /** A copy of the password; never printed. */
  @Value.Redacted
  public abstract char[] password();

  public abstract String pbxDomain();

  public abstract String applicationId();

  public abstract Duration sessionDuration();

  /** The longest wait between keepalives; never more than half of what the gateway granted. */
  public abstract Duration keepaliveInterval();

  public abstract Duration requestTimeout();

  /** How long close waits for StopApplicationSession. */
  public abstract Duration closeTimeout();

  public abstract ReconnectPolicy reconnectPolicy();

  /** Where listeners and the stages of returned futures run. */
  public abstract Executor executor();

  /** Where the session's engine lane and the transports' callbacks run; never blocked for long. */
  public abstract Executor ioExecutor();

  public abstract Scheduler scheduler();

  public abstract Clock clock();

  public abstract RandomGenerator random();

  public abstract int dispatchCapacity();

  public abstract int subscriberBuffer();

  public abstract Duration slowListenerThreshold();

  public abstract boolean callTracking();

  public abstract CstaCodec codec();

  /** Session listeners in place before the first connect. */
  public abstract List<SessionListener> listeners();

  /** The session's name in logs and messages, e.g. {@code csta4j-1/1}. */
  public abstract String name();

  @Value.Check
  void check() {
    Checks.nonBlank("userId", userId());
    Checks.nonBlank("pbxDomain", pbxDomain());
    Checks.nonBlank("applicationId", applicationId());
    Checks.nonBlank("name", name());
    Checks.positive("sessionDuration", sessionDuration());
    Checks.positive("keepaliveInterval", keepaliveInterval());
    Checks.positive("requestTimeout", requestTimeout());
    Checks.positive("closeTimeout", closeTimeout());
    Checks.positive("slowListenerThreshold", slowListenerThreshold());
    Checks.positive("dispatchCapacity", dispatchCapacity());
    Checks.positive("subscriberBuffer", subscriberBuffer());
  }

  /**
   * How long the first connect and each reconnect attempt may take in all: the transport's connect
   * timeout plus a request timeout for each of login, monitor restore and resync. A backstop: each
   * step has its own bound, this one holds even if a transport never answers at all.
   */
  Duration attemptDeadline() {
    return transportConfig().connectTimeout().plus(requestTimeout().multipliedBy(3));
  }

  /**
   * How long the MonitorStart of {@code monitor(device)} waits at the transport (ADR 0012): a
   * request timeout and an attempt deadline, the longest an interruption the session rides out can
   * hold its answer. The caller's future fails at the request timeout all the same; an answer after
   * that is stopped at the gateway.
   */
  Duration monitorStartWait() {
    return requestTimeout().plus(attemptDeadline());
  }

  @Override
  public String toString() {
    return "SessionConfig{"
        + name()
        + ", gateway="
        + transportConfig().gateway()
        + ", user="
        + userId()
        + "@"
        + pbxDomain()
        + ", password=****, transport="
        + transportFactory().name()
        + ", sessionDuration="
        + sessionDuration()
        + ", requestTimeout="
        + requestTimeout()
        + ", "
        + reconnectPolicy()
        + "}";
  }

  /** Builds a {@link SessionConfig}. */
  public static final class Builder extends ImmutableSessionConfig.Builder {
    Builder() {}
  }
}

package org.csta4j.session.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.random.RandomGenerator;
import org.csta4j.json.CstaCodec;
import org.csta4j.session.ReconnectPolicy;
import org.csta4j.session.Scheduler;
import org.csta4j.session.SessionListener;
import org.csta4j.transport.CstaTransportFactory;
import org.csta4j.transport.TransportConfig;

/**
 * Everything one session is built from; made by {@link org.csta4j.session.CstaClient}. The password
 * is held as characters and never printed.
 */
public final class SessionConfig {
  final CstaTransportFactory transportFactory;
  final TransportConfig transportConfig;
  final String userId;
  final char[] password;
  final String pbxDomain;
  final String applicationId;
  final Duration sessionDuration;
  final Duration keepaliveInterval;
  final Duration requestTimeout;
  final Duration closeTimeout;
  final ReconnectPolicy reconnectPolicy;
  final Executor executor;
  final Executor ioExecutor;
  final Scheduler scheduler;
  final Clock clock;
  final RandomGenerator random;
  final int dispatchCapacity;
  final int subscriberBuffer;
  final Duration slowListenerThreshold;
  final boolean callTracking;
  final CstaCodec codec;
  final List<SessionListener> listeners;
  final String name;

  /** All fields; checked by the client's builder before it gets here. */
  public SessionConfig(
      CstaTransportFactory transportFactory,
      TransportConfig transportConfig,
      String userId,
      char[] password,
      String pbxDomain,
      String applicationId,
      Duration sessionDuration,
      Duration keepaliveInterval,
      Duration requestTimeout,
      Duration closeTimeout,
      ReconnectPolicy reconnectPolicy,
      Executor executor,
      Executor ioExecutor,
      Scheduler scheduler,
      Clock clock,
      RandomGenerator random,
      int dispatchCapacity,
      int subscriberBuffer,
      Duration slowListenerThreshold,
      boolean callTracking,
      CstaCodec codec,
      List<SessionListener> listeners,
      String name) {
    this.transportFactory = Objects.requireNonNull(transportFactory);
    this.transportConfig = Objects.requireNonNull(transportConfig);
    this.userId = Objects.requireNonNull(userId);
    this.password = password.clone();
    this.pbxDomain = Objects.requireNonNull(pbxDomain);
    this.applicationId = Objects.requireNonNull(applicationId);
    this.sessionDuration = Objects.requireNonNull(sessionDuration);
    this.keepaliveInterval = Objects.requireNonNull(keepaliveInterval);
    this.requestTimeout = Objects.requireNonNull(requestTimeout);
    this.closeTimeout = Objects.requireNonNull(closeTimeout);
    this.reconnectPolicy = Objects.requireNonNull(reconnectPolicy);
    this.executor = Objects.requireNonNull(executor);
    this.ioExecutor = Objects.requireNonNull(ioExecutor);
    this.scheduler = Objects.requireNonNull(scheduler);
    this.clock = Objects.requireNonNull(clock);
    this.random = Objects.requireNonNull(random);
    this.dispatchCapacity = dispatchCapacity;
    this.subscriberBuffer = subscriberBuffer;
    this.slowListenerThreshold = Objects.requireNonNull(slowListenerThreshold);
    this.callTracking = callTracking;
    this.codec = Objects.requireNonNull(codec);
    this.listeners = List.copyOf(listeners);
    this.name = Objects.requireNonNull(name);
  }

  @Override
  public String toString() {
    return "SessionConfig{"
        + name
        + ", gateway="
        + transportConfig.gateway()
        + ", user="
        + userId
        + "@"
        + pbxDomain
        + ", password=****, transport="
        + transportFactory.name()
        + ", sessionDuration="
        + sessionDuration
        + ", requestTimeout="
        + requestTimeout
        + ", "
        + reconnectPolicy
        + "}";
  }
}

package org.csta4j.micrometer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.csta4j.json.CstaMessageRegistry;
import org.csta4j.json.HubMethod;
import org.csta4j.model.CstaEvent;
import org.csta4j.model.UnknownEvent;
import org.csta4j.session.CstaSession;
import org.csta4j.session.Gap;
import org.csta4j.session.Registration;
import org.csta4j.session.SessionFault;
import org.csta4j.session.SessionListener;
import org.csta4j.session.SessionState;
import org.jspecify.annotations.Nullable;

/**
 * The meters of one {@link CstaSession}, for any Micrometer {@link MeterRegistry}: {@code
 * CstaMetrics.builder(session).name("pbx-a").build().bindTo(registry)}. The meters and their tags
 * are listed in the {@linkplain org.csta4j.micrometer package documentation}; every meter carries
 * the tag {@code session} with the name given here (so that several sessions can share a registry),
 * and no tag holds a device, a call, a user or a credential.
 *
 * <p>Binding adds a {@link SessionListener} and an event listener to the session; {@link #close()}
 * removes them and removes every meter from every registry it was bound to. A binder may be bound
 * to several registries (once each); bound to none, it costs the session nothing. Thread-safe.
 *
 * <p>The session was connected before it can be bound: the state gauge reads {@link
 * CstaSession#state()} itself, so it is right from the start, and counters count from the bind.
 */
public final class CstaMetrics implements MeterBinder, AutoCloseable {
  private static final CstaMessageRegistry NAMES = CstaMessageRegistry.standard();

  /** The tag value of every service, event type or outcome that is not in the fixed set. */
  static final String OTHER = "other";

  private final CstaSession session;
  private final String name;
  private final Tags tags;
  private final double[] percentiles;
  private final boolean histogram;
  private final Duration[] objectives;
  private final Map<String, String> services;
  private final List<Bound> bound = new CopyOnWriteArrayList<>();
  private final List<Registration> registrations = new ArrayList<>();
  private volatile boolean closed;

  private CstaMetrics(Builder b) {
    this.session = b.session;
    this.name = b.name;
    this.tags = Tags.of(b.tags).and("session", b.name);
    this.percentiles = b.percentiles.clone();
    this.histogram = b.histogram;
    this.objectives = b.objectives.clone();
    Map<String, String> s = new ConcurrentHashMap<>();
    for (HubMethod m : NAMES.methods()) {
      s.put(m.name(), m.name());
    }
    this.services = s;
  }

  /**
   * {@return a builder for the meters of {@code session}}
   *
   * @param session a connected session
   */
  public static Builder builder(CstaSession session) {
    return new Builder(Objects.requireNonNull(session, "session"));
  }

  /**
   * Registers the meters in {@code registry}, and on the first bind starts listening to the
   * session.
   *
   * @param registry where the meters go
   * @throws IllegalStateException if this binder is closed, or was bound to {@code registry}
   *     already (its counters would count twice)
   */
  @Override
  public synchronized void bindTo(MeterRegistry registry) {
    Objects.requireNonNull(registry, "registry");
    if (closed) {
      throw new IllegalStateException("csta metrics of session " + name + ": closed");
    }
    for (Bound b : bound) {
      if (b.registry == registry) {
        throw new IllegalStateException(
            "csta metrics of session " + name + ": bound to this registry already");
      }
    }
    bound.add(new Bound(registry));
    if (registrations.isEmpty()) {
      Hears hears = new Hears();
      registrations.add(session.addListener(hears));
      registrations.add(session.on(CstaEvent.class, hears::event));
    }
  }

  /**
   * Stops listening to the session and removes every meter of this binder from every registry it
   * was bound to. Idempotent; the session goes on.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    for (Registration r : registrations) {
      r.close();
    }
    registrations.clear();
    for (Bound b : bound) {
      b.removeAll();
    }
    bound.clear();
  }

  /** {@return the session name and how many registries it is bound to} */
  @Override
  public String toString() {
    return "CstaMetrics{session=" + name + ", registries=" + bound.size() + "}";
  }

  /** The {@code service} tag: the gateway's name of a modelled service, otherwise {@code other}. */
  String service(String method) {
    String known = services.get(method);
    if (known != null) {
      return known;
    }
    // sendRaw may spell a modelled method in another case
    return NAMES.method(method).map(HubMethod::name).orElse(OTHER);
  }

  /** The {@code type} tag: the gateway's name of a modelled event, otherwise {@code other}. */
  static String eventType(CstaEvent event) {
    if (event instanceof UnknownEvent) {
      return OTHER;
    }
    try {
      return NAMES.eventName(event);
    } catch (IllegalArgumentException notModelled) {
      return OTHER;
    }
  }

  /** The {@code kind} tag of a fault: its kind in lower case, e.g. {@code connection_lost}. */
  static String kind(SessionFault.Kind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  /** Receives what the session tells, for every registry bound; nothing once closed. */
  private final class Hears implements SessionListener {
    void event(CstaEvent event) {
      if (closed) {
        return;
      }
      String type = eventType(event);
      for (Bound b : bound) {
        b.event(type);
      }
    }

    @Override
    public void onRequestCompleted(String service, Duration took, @Nullable Throwable failure) {
      if (closed) {
        return;
      }
      String s = service(service);
      Outcome outcome = Outcome.of(failure);
      for (Bound b : bound) {
        b.request(s, outcome, took);
      }
    }

    @Override
    public void onGap(Gap gap) {
      if (closed) {
        return;
      }
      for (Bound b : bound) {
        (gap.notResynced().isEmpty() ? b.gapsComplete : b.gapsPartial).increment();
        b.gapDuration.record(gap.duration().isNegative() ? Duration.ZERO : gap.duration());
      }
    }

    @Override
    public void onRestored(Duration took) {
      if (closed) {
        return;
      }
      for (Bound b : bound) {
        b.reconnectsSucceeded.increment();
        b.restore.record(took);
      }
    }

    @Override
    public void onFault(SessionFault fault) {
      if (closed) {
        return;
      }
      for (Bound b : bound) {
        Counter c = b.faults.get(fault.kind());
        if (c != null) {
          c.increment();
        }
        if (fault.kind() == SessionFault.Kind.RECONNECT_FAILED) {
          b.reconnectsFailed.increment();
        }
      }
    }

    @Override
    public void onInterrupted(Throwable cause) {
      if (closed) {
        return;
      }
      for (Bound b : bound) {
        b.interruptions.increment();
      }
    }

    @Override
    public void onResumed(Duration interrupted) {
      if (closed) {
        return;
      }
      for (Bound b : bound) {
        b.interruptionDuration.record(interrupted);
      }
    }
  }

  /** The meters in one registry: the fixed ones at once, per service and event type when seen. */
  private final class Bound {
    final MeterRegistry registry;
    final List<Meter> meters = new CopyOnWriteArrayList<>();
    final Counter reconnectsSucceeded;
    final Counter reconnectsFailed;
    final Counter gapsComplete;
    final Counter gapsPartial;
    final Timer gapDuration;
    final Timer restore;
    final Counter interruptions;
    final Timer interruptionDuration;
    final Map<SessionFault.Kind, Counter> faults = new EnumMap<>(SessionFault.Kind.class);
    final Map<String, Counter> events = new ConcurrentHashMap<>();
    final Map<String, Map<Outcome, Timer>> requests = new ConcurrentHashMap<>();

    Bound(MeterRegistry registry) {
      this.registry = registry;
      for (SessionState s : SessionState.values()) {
        add(
            Gauge.builder("csta.session.state", session, x -> x.state() == s ? 1 : 0)
                .tags(tags)
                .tag("state", s.name().toLowerCase(Locale.ROOT))
                .description("1 for the state the session is in, 0 for the others")
                .register(registry));
      }
      add(
          Gauge.builder("csta.requests.pending", session, CstaSession::pendingRequests)
              .tags(tags)
              .description("requests of the application sent and not yet completed")
              .register(registry));
      add(
          Gauge.builder("csta.dispatch.queue", session, CstaSession::queuedEvents)
              .tags(tags)
              .description("events waiting in the dispatch queue for delivery to listeners")
              .register(registry));
      reconnectsSucceeded = reconnects("success");
      reconnectsFailed = reconnects("failure");
      gapsComplete = gaps("complete");
      gapsPartial = gaps("partial");
      gapDuration =
          add(
              Timer.builder("csta.session.gap.duration")
                  .tags(tags)
                  .description("from the loss of a connection to the end of the resync")
                  .register(registry));
      restore =
          add(
              Timer.builder("csta.session.restore")
                  .tags(tags)
                  .description(
                      "the successful reconnect attempt: connect, login, monitor restore, resync")
                  .register(registry));
      interruptions =
          add(
              Counter.builder("csta.session.interruptions")
                  .tags(tags)
                  .description("interruptions of the connection (stateful reconnect)")
                  .register(registry));
      interruptionDuration =
          add(
              Timer.builder("csta.session.interruption.duration")
                  .tags(tags)
                  .description("how long an interruption lasted that the connection resumed from")
                  .register(registry));
      for (SessionFault.Kind k : SessionFault.Kind.values()) {
        faults.put(
            k,
            add(
                Counter.builder("csta.faults")
                    .tags(tags)
                    .tag("kind", kind(k))
                    .description("faults the session handled, by kind")
                    .register(registry)));
      }
    }

    private Counter reconnects(String outcome) {
      return add(
          Counter.builder("csta.session.reconnects")
              .tags(tags)
              .tag("outcome", outcome)
              .description("reconnect attempts, by outcome")
              .register(registry));
    }

    private Counter gaps(String resync) {
      return add(
          Counter.builder("csta.session.gaps")
              .tags(tags)
              .tag("resync", resync)
              .description("recoveries after which events may have been missed")
              .register(registry));
    }

    void event(String type) {
      Counter c = events.get(type);
      if (c == null) {
        c =
            lazily(
                () ->
                    events.computeIfAbsent(
                        type,
                        t ->
                            add(
                                Counter.builder("csta.events")
                                    .tags(tags)
                                    .tag("type", t)
                                    .description("events delivered to the session, by type")
                                    .register(registry))));
      }
      if (c != null) {
        c.increment();
      }
    }

    void request(String service, Outcome outcome, Duration took) {
      Map<Outcome, Timer> byOutcome =
          requests.computeIfAbsent(service, s -> new ConcurrentHashMap<>());
      Timer t = byOutcome.get(outcome);
      if (t == null) {
        t =
            lazily(
                () ->
                    byOutcome.computeIfAbsent(
                        outcome, o -> add(requestTimer(service, o).register(registry))));
      }
      if (t != null) {
        t.record(took);
      }
    }

    /** What the builder did not set is left to the registry's filters. */
    private Timer.Builder requestTimer(String service, Outcome outcome) {
      Timer.Builder t =
          Timer.builder("csta.requests")
              .tags(tags)
              .tag("service", service)
              .tag("outcome", outcome.tag)
              .description("requests of the application, by service and outcome");
      if (percentiles.length > 0) {
        t.publishPercentiles(percentiles);
      }
      if (histogram) {
        t.publishPercentileHistogram(true);
      }
      if (objectives.length > 0) {
        t.serviceLevelObjectives(objectives);
      }
      return t;
    }

    /** Makes a meter unless the binder closed meanwhile (it would never be removed). */
    private <M extends Meter> @Nullable M lazily(Supplier<M> make) {
      synchronized (CstaMetrics.this) {
        return closed ? null : make.get();
      }
    }

    private <M extends Meter> M add(M meter) {
      meters.add(meter);
      return meter;
    }

    void removeAll() {
      for (Meter m : meters) {
        registry.remove(m);
      }
      meters.clear();
    }
  }

  /** The {@code outcome} tag of a request. */
  enum Outcome {
    SUCCESS("success"),
    /** The gateway answered with a CSTA error. */
    CSTA_ERROR("csta_error"),
    /** The gateway refused the invocation itself (a hub error). */
    REFUSED("refused"),
    TIMEOUT("timeout"),
    CONNECTION_LOST("connection_lost"),
    /** Refused by the session while it was not active. */
    UNAVAILABLE("unavailable"),
    CLOSED("closed"),
    ERROR("error");

    final String tag;

    Outcome(String tag) {
      this.tag = tag;
    }

    static Outcome of(@Nullable Throwable failure) {
      if (failure == null) {
        return SUCCESS;
      }
      if (failure instanceof org.csta4j.model.CstaFailureException) {
        return CSTA_ERROR;
      }
      if (failure instanceof org.csta4j.transport.RequestTimeoutException) {
        return TIMEOUT;
      }
      if (failure instanceof org.csta4j.transport.GatewayRefusedException) {
        return REFUSED;
      }
      if (failure instanceof org.csta4j.transport.ConnectionLostException
          || failure instanceof org.csta4j.transport.TransportClosedException) {
        return CONNECTION_LOST;
      }
      if (failure instanceof org.csta4j.session.SessionUnavailableException) {
        return UNAVAILABLE;
      }
      if (failure instanceof org.csta4j.session.SessionClosedException) {
        return CLOSED;
      }
      return ERROR;
    }
  }

  /** Builds a {@link CstaMetrics}; every setting is optional. Not thread-safe. */
  public static final class Builder {
    private final CstaSession session;
    private String name = "default";
    private Iterable<Tag> tags = Tags.empty();
    private double[] percentiles = new double[0];
    private boolean histogram;
    private Duration[] objectives = new Duration[0];

    private Builder(CstaSession session) {
      this.session = session;
    }

    /**
     * The value of the {@code session} tag of every meter: a short name of the application's
     * choosing, the same across restarts (never a session id, a user or a device).
     *
     * @param name not blank, at most 64 characters; {@code default} by default
     * @return this builder
     * @throws IllegalArgumentException naming {@code name} if it is blank or longer
     */
    public Builder name(String name) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("name: must not be blank");
      }
      if (name.length() > 64) {
        throw new IllegalArgumentException("name: at most 64 characters, but has " + name.length());
      }
      this.name = name;
      return this;
    }

    /**
     * Tags every meter carries besides {@code session}; each value should be one of a few.
     *
     * @param tags such as the application's region; none by default; a {@code session} tag here is
     *     replaced by {@link #name}
     * @return this builder
     */
    public Builder tags(Iterable<Tag> tags) {
      this.tags = Tags.of(Objects.requireNonNull(tags, "tags"));
      return this;
    }

    /**
     * Percentiles of {@code csta.requests} computed in the application and published per service
     * and outcome, e.g. {@code 0.5, 0.95, 0.99}.
     *
     * @param percentiles each between 0 and 1; none by default
     * @return this builder
     * @throws IllegalArgumentException naming {@code publishPercentiles} and the value out of range
     */
    public Builder publishPercentiles(double... percentiles) {
      for (double p : percentiles) {
        if (!(p >= 0 && p <= 1)) {
          throw new IllegalArgumentException(
              "publishPercentiles: " + p + " is not between 0 and 1");
        }
      }
      this.percentiles = percentiles.clone();
      return this;
    }

    /**
     * Whether {@code csta.requests} publishes a histogram that a backend can aggregate into
     * percentiles across sessions (Prometheus: {@code histogram_quantile}).
     *
     * @param on false by default
     * @return this builder
     */
    public Builder publishPercentileHistogram(boolean on) {
      this.histogram = on;
      return this;
    }

    /**
     * Service level objectives of {@code csta.requests}: a bucket for each, counting the requests
     * that took at most that long.
     *
     * @param objectives each positive; none by default
     * @return this builder
     * @throws IllegalArgumentException naming {@code serviceLevelObjectives} for one that is not
     */
    public Builder serviceLevelObjectives(Duration... objectives) {
      for (Duration d : objectives) {
        if (d == null || d.isNegative() || d.isZero()) {
          throw new IllegalArgumentException(
              "serviceLevelObjectives: must be positive but is " + d);
        }
      }
      this.objectives = objectives.clone();
      return this;
    }

    /** {@return the binder, not bound to any registry yet} */
    public CstaMetrics build() {
      return new CstaMetrics(this);
    }
  }
}

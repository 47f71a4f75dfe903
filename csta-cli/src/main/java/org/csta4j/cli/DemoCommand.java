package org.csta4j.cli;

import static org.csta4j.model.internal.Failures.describe;
import static org.csta4j.model.internal.Failures.unwrap;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.csta4j.model.ConnectionClearedEvent;
import org.csta4j.model.DeliveredEvent;
import org.csta4j.model.EstablishedEvent;
import org.csta4j.model.HeldEvent;
import org.csta4j.model.MakeCallResponse;
import org.csta4j.model.MonitorEvent;
import org.csta4j.model.RetrievedEvent;
import org.csta4j.model.internal.EventText;
import org.csta4j.session.CstaClient;
import org.csta4j.session.CstaSession;
import org.csta4j.session.Monitor;
import org.csta4j.session.SessionState;
import org.csta4j.simulator.CstaSimulator;
import org.csta4j.transport.CstaTransportFactory;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code csta demo}: the whole flow against an embedded gateway, through {@link CstaClient} exactly
 * as an application would use it. Each step waits for its answer and its events with a timeout; a
 * missing one fails the step, skips the rest, and the command exits 1.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Start an embedded gateway on a free port and drive it with the library: log in, monitor"
          + " 100 and 101, call 100 -> 101, show Delivered and Established as they arrive, hold,"
          + " retrieve, clear, show ConnectionCleared, and sum up.",
      "Exits 0 only if every step happened."
    })
final class DemoCommand extends BaseCommand {
  private static final String CALLER = "100";
  private static final String CALLED = "101";
  private static final String USER = "demo";
  private static final String DOMAIN = "demo.local";

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "10",
      description =
          "How long each step may wait for its answer and events (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(
      names = "--answer-after",
      paramLabel = "MILLIS",
      defaultValue = "500",
      description =
          "How long "
              + CALLED
              + " rings before it answers (default: ${DEFAULT-VALUE}; 0: never, to see a step"
              + " fail).")
  long answerAfterMillis;

  @Mixin TransportOption transport;

  @SuppressWarnings("NullAway.Init") // set first thing in run()
  private CstaTransportFactory factory;

  private final Map<String, BlockingQueue<MonitorEvent>> queues = new LinkedHashMap<>();
  private final Map<String, Integer> seen = new LinkedHashMap<>();
  private long started;
  private @Nullable CstaSimulator simulator;
  private @Nullable CstaClient client;
  private @Nullable CstaSession session;
  private @Nullable MakeCallResponse call;

  @Override
  int run() {
    if (timeoutSeconds < 1) {
      throw new CliException(ExitCode.USAGE, "--timeout: must be at least 1 second");
    }
    // before anything starts: an unknown --transport is a usage error, not a failed step
    factory = transport.factory(java.net.URI.create("http://127.0.0.1/csta"), false);
    started = System.nanoTime();
    queues.put(CALLER, new LinkedBlockingQueue<>());
    queues.put(CALLED, new LinkedBlockingQueue<>());
    term.line(term.bold("csta demo") + ": the csta4j library against an embedded CSTA gateway");
    term.line(
        term.dim(
            "every step waits up to "
                + timeoutSeconds
                + " s for its answer and events; events print as they arrive"));
    List<Step> plan =
        List.of(
            new Step("start the embedded gateway", this::startGateway),
            new Step("connect and log in as " + USER + "@" + DOMAIN, this::login),
            new Step("monitor " + CALLER + " and " + CALLED, this::monitor),
            new Step(
                "call " + CALLER + " -> " + CALLED + ", Delivered at " + CALLED, this::makeCall),
            new Step(CALLED + " answers, Established at both", this::established),
            new Step("hold at " + CALLER + ", Held at both", this::hold),
            new Step("retrieve at " + CALLER + ", Retrieved at both", this::retrieve),
            new Step("clear the call, ConnectionCleared at both", this::clear),
            new Step("log out and stop the gateway", this::logout));
    try {
      @Nullable Step failed = null;
      for (Step step : plan) {
        if (failed != null) {
          step.status = Status.SKIPPED;
          continue;
        }
        run(step);
        if (step.status == Status.FAILED) {
          failed = step;
        }
      }
      summary(plan);
      if (failed != null) {
        throw new CliException(
            ExitCode.FAILED, "step '" + failed.title + "' failed: " + failed.detail);
      }
      return ExitCode.OK;
    } finally {
      closeQuietly();
    }
  }

  // ------------------------------------------------------------------ the steps

  private String startGateway() {
    simulator =
        CstaSimulator.demo()
            .autoAnswerDelay(Duration.ofMillis(Math.max(0, answerAfterMillis)))
            .start();
    return simulator.hubUrl() + " (user demo, password demo, domain demo.local)";
  }

  private String login() throws Exception {
    client =
        CstaClient.builder()
            .gateway(gateway().hubUrl())
            .transport(factory)
            .credentials(USER, "demo", DOMAIN)
            .requestTimeout(timeout())
            .connectTimeout(timeout())
            .build();
    session = get(client.connect(), "no login answer");
    return "session " + session.sessionId() + " over the " + factory.name() + " transport";
  }

  private String monitor() throws Exception {
    List<String> refs = new ArrayList<>();
    for (String device : queues.keySet()) {
      Monitor m = get(session().monitor(device), "no MonitorStart answer for " + device);
      m.on(MonitorEvent.class, e -> arrived(device, e));
      refs.add(device + " is " + m.crossRefId());
    }
    return "cross reference ids: " + String.join(", ", refs);
  }

  private String makeCall() throws Exception {
    MakeCallResponse made = get(session().makeCall(CALLER, CALLED), "no MakeCall answer");
    call = made;
    String callId = callId();
    await(CALLED, DeliveredEvent.class);
    return "call " + callId + " is ringing at " + CALLED;
  }

  private String established() throws Exception {
    await(CALLED, EstablishedEvent.class);
    await(CALLER, EstablishedEvent.class);
    return "call " + callId() + " is connected";
  }

  private String hold() throws Exception {
    get(session().hold(theCall().callingConnection()), "no HoldCall answer");
    await(CALLER, HeldEvent.class);
    await(CALLED, HeldEvent.class);
    return "call " + callId() + " is on hold at " + CALLER;
  }

  private String retrieve() throws Exception {
    get(session().retrieve(theCall().callingConnection()), "no RetrieveCall answer");
    await(CALLER, RetrievedEvent.class);
    await(CALLED, RetrievedEvent.class);
    return "call " + callId() + " is connected again";
  }

  private String clear() throws Exception {
    get(session().clearConnection(theCall().callingConnection()), "no ClearConnection answer");
    // each phone is off the call once its own connection is cleared
    for (String device : queues.keySet()) {
      await(
          device,
          ConnectionClearedEvent.class,
          e -> e.droppedConnection().deviceId().map(d -> d.value().equals(device)).orElse(true));
    }
    return "call " + callId() + " is gone";
  }

  private String logout() {
    CstaSession s = session();
    s.close(); // StopApplicationSession, then the socket
    if (s.state() != SessionState.CLOSED) {
      throw new IllegalStateException("the session is " + s.state() + " after close()");
    }
    client().close();
    client = null;
    gateway().close();
    simulator = null;
    return "session closed, gateway stopped";
  }

  // ------------------------------------------------------------------ running and waiting

  private void run(Step step) {
    term.line(term.bold("-> " + step.title));
    long begin = System.nanoTime();
    try {
      step.detail = step.action.run();
      step.status = Status.OK;
    } catch (StepFailure e) {
      step.detail = describe(e);
      step.status = Status.FAILED;
    } catch (Exception e) {
      step.detail = Failures.rootMessage(unwrap(e));
      step.status = Status.FAILED;
    }
    step.millis = (System.nanoTime() - begin) / 1_000_000;
    String status = step.status == Status.OK ? term.green("OK") : term.red("FAILED");
    term.line("   " + status + "  " + step.detail + term.dim("  (" + step.millis + " ms)"));
  }

  private void arrived(String device, MonitorEvent event) {
    String name = EventNames.name(event);
    synchronized (seen) {
      seen.merge(name, 1, Integer::sum);
    }
    term.line(
        "   "
            + term.dim(String.format("<- %6.3f s", (System.nanoTime() - started) / 1e9))
            + "  "
            + device
            + "  "
            + term.cyan(String.format("%-18s", name))
            + "  "
            + EventText.describe(event));
    queue(device).add(event);
  }

  /** Takes events at {@code device} until one of {@code type} for this demo's call arrives. */
  private void await(String device, Class<? extends MonitorEvent> type)
      throws InterruptedException {
    await(device, type, e -> true);
  }

  /** Takes events at {@code device} until one of {@code type} for the call that {@code also}. */
  private <E extends MonitorEvent> void await(String device, Class<E> type, Predicate<E> also)
      throws InterruptedException {
    String name = type.getSimpleName().replace("Event", "");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    BlockingQueue<MonitorEvent> queue = queue(device);
    while (true) {
      MonitorEvent e = queue.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (e == null) {
        throw new StepFailure("no " + name + " at " + device + " within " + timeoutSeconds + " s");
      }
      if (type.isInstance(e)
          && EventText.callId(e).map(callId()::equals).orElse(true)
          && also.test(type.cast(e))) {
        return;
      }
    }
  }

  private BlockingQueue<MonitorEvent> queue(String device) {
    BlockingQueue<MonitorEvent> queue = queues.get(device);
    if (queue == null) {
      throw new IllegalArgumentException("not a device of the demo: " + device);
    }
    return queue;
  }

  private <T> T get(CompletableFuture<T> answer, String missing) throws Exception {
    try {
      return answer.get(timeoutSeconds, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new StepFailure(missing + " within " + timeoutSeconds + " s");
    } catch (ExecutionException e) {
      throw new StepFailure(Failures.rootMessage(unwrap(e)));
    }
  }

  private void summary(List<Step> plan) {
    term.line("");
    term.line(term.bold("Summary"));
    int width = plan.stream().mapToInt(s -> s.title.length()).max().orElse(0);
    long ok = plan.stream().filter(s -> s.status == Status.OK).count();
    for (Step s : plan) {
      String status =
          switch (s.status) {
            case OK -> term.green(String.format("%-8s", "OK"));
            case FAILED -> term.red(String.format("%-8s", "FAILED"));
            case PENDING, SKIPPED -> term.yellow(String.format("%-8s", "SKIPPED"));
          };
      String time = s.status == Status.SKIPPED ? "" : String.format("%6d ms", s.millis);
      String row =
          "  "
              + status
              + String.format("%-" + width + "s", s.title)
              + "  "
              + time
              + (s.status == Status.FAILED ? "  " + s.detail : "");
      term.line(row.stripTrailing());
    }
    List<String> counts = new ArrayList<>();
    int total = 0;
    synchronized (seen) {
      for (Map.Entry<String, Integer> e : seen.entrySet()) {
        counts.add(e.getKey() + " " + e.getValue());
        total += e.getValue();
      }
    }
    if (counts.isEmpty()) {
      counts.add("none");
    } else {
      counts.add(total + " in all");
    }
    // wrapped to stay within 80 columns
    String indent = "  " + String.format("%-8s", "events");
    StringBuilder line = new StringBuilder(indent);
    for (int i = 0; i < counts.size(); i++) {
      String item = counts.get(i) + (i < counts.size() - 1 ? "," : "");
      if (line.length() > indent.length() && line.length() + 1 + item.length() > 78) {
        term.line(line.toString());
        line = new StringBuilder(" ".repeat(indent.length()));
      } else if (line.length() > indent.length()) {
        line.append(' ');
      }
      line.append(item);
    }
    term.line(line.toString());
    String took = String.format("%.1f s", (System.nanoTime() - started) / 1e9);
    String result;
    if (ok == plan.size()) {
      result = term.green("all " + plan.size() + " steps OK") + " in " + took;
    } else {
      long skipped = plan.stream().filter(s -> s.status == Status.SKIPPED).count();
      result =
          term.red("FAILED at step " + (ok + 1) + " of " + plan.size())
              + (skipped > 0 ? ", " + skipped + " skipped" : "")
              + " in "
              + took;
    }
    term.line("  " + String.format("%-8s", "result") + result);
  }

  private void closeQuietly() {
    CstaClient c = client;
    if (c != null) {
      c.close();
    }
    CstaSimulator s = simulator;
    if (s != null) {
      s.close();
    }
  }

  private Duration timeout() {
    return Duration.ofSeconds(timeoutSeconds);
  }

  private CstaSimulator gateway() {
    return required(simulator);
  }

  private CstaClient client() {
    return required(client);
  }

  private CstaSession session() {
    return required(session);
  }

  private MakeCallResponse theCall() {
    return required(call);
  }

  private String callId() {
    return theCall().callingConnection().callId().orElse("(no id)");
  }

  private static <T> T required(@Nullable T value) {
    return Optional.ofNullable(value)
        .orElseThrow(() -> new IllegalStateException("an earlier step did not finish"));
  }

  // ------------------------------------------------------------------ step records

  private enum Status {
    PENDING,
    OK,
    FAILED,
    SKIPPED
  }

  @FunctionalInterface
  private interface Action {
    String run() throws Exception;
  }

  private static final class Step {
    final String title;
    final Action action;
    Status status = Status.PENDING;
    String detail = "";
    long millis;

    Step(String title, Action action) {
      this.title = title;
      this.action = action;
    }
  }

  /** A step that did not happen: the message says what was missing. */
  private static final class StepFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StepFailure(String message) {
      super(message);
    }
  }
}

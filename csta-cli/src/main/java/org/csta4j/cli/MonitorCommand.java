package org.csta4j.cli;

import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.csta4j.model.CstaEvent;
import org.csta4j.model.MonitorEvent;
import org.csta4j.model.internal.EventText;
import org.csta4j.model.internal.Threads;
import org.csta4j.session.CstaClient;
import org.csta4j.session.CstaSession;
import org.csta4j.session.Gap;
import org.csta4j.session.Monitor;
import org.csta4j.session.SessionFault;
import org.csta4j.session.SessionListener;
import org.csta4j.session.SessionState;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code csta monitor DEVICE...}: starts a monitor on each device and prints every event of the
 * session until interrupted. The session reconnects by itself; state changes and gaps are noted on
 * stderr, so stdout stays one line (or one JSON object) per event.
 */
@Command(
    name = "monitor",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Monitor devices and print their events as they arrive, until Ctrl-C.",
      "The session reconnects by itself after a loss; what it missed is noted on stderr."
    })
final class MonitorCommand extends GatewayCommand {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

  @Parameters(arity = "1..*", paramLabel = "DEVICE", description = "The devices, e.g. 100 101.")
  List<String> devices;

  @Override
  int run(CstaClient client, CstaSession session) throws InterruptedException {
    CompletableFuture<@Nullable Throwable> ended = new CompletableFuture<>();
    session.addListener(new Notes(ended));
    // one listener for all monitors: every event once, in the order the gateway sent them
    session.onRawEvent((name, body) -> print(session, name, body));
    List<String> started = new ArrayList<>();
    for (String device : devices) {
      Monitor m =
          await(
              "MonitorStart " + device,
              () -> session.monitor(device),
              "Check that " + device + " is a device this user may monitor.");
      started.add(m.device());
    }
    Runtime.getRuntime()
        .addShutdownHook(
            Threads.daemon(
                () -> {
                  ended.complete(null);
                  client.close(); // StopApplicationSession, then the socket
                },
                "csta-monitor-shutdown"));
    term.note(
        "monitoring "
            + String.join(", ", started)
            + " at "
            + gateway
            + " as "
            + user
            + "@"
            + pbxDomain
            + "; Ctrl-C to stop");
    Throwable lost = ended.join();
    if (lost != null) {
      throw new CliException(
          ExitCode.CANNOT_CONNECT,
          "the session ended: " + Failures.rootMessage(lost) + ". Start csta monitor again.",
          lost);
    }
    return ExitCode.OK;
  }

  private void print(CstaSession session, String name, String body) {
    @Nullable CstaEvent event;
    try {
      event = codec.decodeEvent(name, body.getBytes(StandardCharsets.UTF_8));
    } catch (RuntimeException e) {
      event = null; // shown raw: a monitor must not stop at an event it cannot read
    }
    String device = event == null ? null : deviceOf(session, event);
    if (json) {
      term.line(new JsonLines(codec).event(name, device, body));
      return;
    }
    String when = LocalTime.now(ZoneId.systemDefault()).format(TIME); // the user's wall clock
    String text = event == null ? body : EventText.describe(event);
    term.line(
        term.dim(when)
            + "  "
            + String.format("%-6s", device == null ? "-" : device)
            + "  "
            + term.cyan(String.format("%-18s", name))
            + "  "
            + text);
  }

  private static @Nullable String deviceOf(CstaSession session, CstaEvent event) {
    if (!(event instanceof MonitorEvent monitored)) {
      return null;
    }
    String xref = monitored.monitorCrossRefId();
    for (Monitor m : session.monitors()) {
      if (m.crossRefId().equals(xref)) {
        return m.device();
      }
    }
    return null;
  }

  /** Reconnects, gaps and faults, on stderr; the session's end ends the command. */
  private final class Notes implements SessionListener {
    private final CompletableFuture<@Nullable Throwable> ended;

    Notes(CompletableFuture<@Nullable Throwable> ended) {
      this.ended = ended;
    }

    @Override
    public void onStateChanged(SessionState from, SessionState to, @Nullable Throwable cause) {
      if (to == SessionState.RECONNECTING) {
        term.note(
            "connection lost ("
                + (cause == null ? "no reason given" : Failures.rootMessage(cause))
                + "); reconnecting");
      } else if (to == SessionState.ACTIVE && from == SessionState.RECONNECTING) {
        term.note("reconnected; monitors restored");
      } else if (to == SessionState.CLOSED) {
        ended.complete(
            cause != null ? cause : new IllegalStateException("the gateway closed the session"));
      }
    }

    @Override
    public void onGap(Gap gap) {
      term.note(
          "events may have been missed for "
              + gap.duration().toMillis()
              + " ms; "
              + gap.changes().size()
              + " call change(s) found by snapshot"
              + (gap.notResynced().isEmpty() ? "" : "; not resynced: " + gap.notResynced()));
    }

    @Override
    public void onFault(SessionFault fault) {
      if (verbose) {
        term.note("fault: " + fault);
      }
    }
  }
}

package org.csta4j.benchmarks;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.csta4j.simulator.CstaSimulator;
import org.csta4j.simulator.FaultRecord;

/**
 * The gateway a soak runs against: a simulator with one caller ({@link #CALLER}) and the monitored
 * devices, restarted on the same port for a gateway-restart fault, with its fault log kept across
 * restarts (one list, oldest first, whose indexes stay valid as it grows).
 */
final class SoakGateway implements AutoCloseable {
  static final String USER = "soak";
  static final String PASSWORD = "soak";
  static final String DOMAIN = "soak.local";

  /** The outside party of the calls the final check makes to each monitored device. */
  static final String CALLER = "200";

  /** The simulator keeps this many fault records per instance; a soak must stay below it. */
  private static final int LOG_LIMIT = 10_000;

  private final int devices;
  private final int port;
  private volatile CstaSimulator current; // replaced under this
  private final List<FaultRecord> earlier = new ArrayList<>(); // guarded by this
  private int restarts; // guarded by this

  SoakGateway(int devices) {
    if (devices < 1 || devices > 90) {
      throw new IllegalArgumentException("devices: 1..90 but " + devices);
    }
    this.devices = devices;
    CstaSimulator first = start(0);
    this.port = first.port();
    this.current = first;
  }

  static String device(int i) {
    return String.valueOf(100 + i);
  }

  List<String> devices() {
    List<String> all = new ArrayList<>();
    for (int i = 0; i < devices; i++) {
      all.add(device(i));
    }
    return all;
  }

  /** The simulator now (another instance after each restart). */
  CstaSimulator sim() {
    return current;
  }

  URI hubUrl() {
    return sim().hubUrl();
  }

  /** Stops the gateway and starts a new one on the same port: every connection and call is gone. */
  synchronized void restart() {
    CstaSimulator old = current;
    old.close();
    earlier.addAll(old.faultLog());
    current = start(port);
    restarts++;
  }

  synchronized int restarts() {
    return restarts;
  }

  /** How many fault records there are so far: a mark for {@link #faultsSince}. */
  synchronized int faultCount() {
    return earlier.size() + sim().faultLog().size();
  }

  /** The fault records from index {@code mark} on, over every instance. */
  synchronized List<FaultRecord> faultsSince(int mark) {
    List<FaultRecord> now = sim().faultLog();
    if (now.size() >= LOG_LIMIT) {
      throw new IllegalStateException("the simulator's fault log is full: run fewer faults");
    }
    List<FaultRecord> all = new ArrayList<>(earlier.size() + now.size());
    all.addAll(earlier);
    all.addAll(now);
    return new ArrayList<>(all.subList(Math.min(mark, all.size()), all.size()));
  }

  /**
   * A failure, a delay or a login refusal the gateway applied to one response (not the arming of
   * one): the hub method, the SignalR connection it was answered on, when, and by how long it was
   * delayed.
   */
  record Applied(String fault, String target, String connection, Instant at, long delayMillis) {
    static final String FAILED = "fail-response";
    static final String DELAYED = "delay-response";
    static final String REFUSED = "reject-login";

    static Optional<Applied> of(FaultRecord r) {
      String d = r.detail();
      if (r.fault().equals(REFUSED) && d.startsWith("connection ") && d.indexOf(':') > 11) {
        return Optional.of(
            new Applied(
                REFUSED, "StartApplicationSession", d.substring(11, d.indexOf(':')), r.at(), 0));
      }
      boolean kind = r.fault().equals(FAILED) || r.fault().equals(DELAYED);
      int on = d.indexOf(" on ");
      if (!kind || d.endsWith("(armed)") || on < 0) {
        return Optional.empty();
      }
      String rest = d.substring(on + 4);
      int end = 0;
      while (end < rest.length() && rest.charAt(end) != ':' && rest.charAt(end) != ' ') {
        end++;
      }
      long delay = 0;
      if (r.fault().equals(DELAYED) && rest.startsWith(" by ", end) && rest.endsWith(" ms")) {
        delay = Long.parseLong(rest.substring(end + 4, rest.length() - 3));
      }
      return Optional.of(
          new Applied(r.fault(), d.substring(0, on), rest.substring(0, end), r.at(), delay));
    }

    static List<Applied> all(List<FaultRecord> records) {
      List<Applied> applied = new ArrayList<>();
      for (FaultRecord r : records) {
        of(r).ifPresent(applied::add);
      }
      return applied;
    }

    /** The answer was a refusal: an injected failure, or a refused login. */
    boolean failed() {
      return fault.equals(FAILED) || fault.equals(REFUSED);
    }
  }

  @Override
  public void close() {
    sim().close();
  }

  private CstaSimulator start(int onPort) {
    CstaSimulator.Builder b =
        CstaSimulator.builder()
            .port(onPort)
            .user(USER, PASSWORD, DOMAIN)
            .device(CALLER)
            .autoAnswerDelay(Duration.ofMillis(30));
    for (int i = 0; i < devices; i++) {
      b.device(device(i));
    }
    return b.start();
  }
}

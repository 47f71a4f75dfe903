package org.csta4j.benchmarks;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.csta4j.session.CstaClient;
import org.csta4j.session.CstaSession;
import org.csta4j.session.SessionState;

/**
 * Soak harness (not part of {@code mvn verify}): one session with ten monitors and calls in
 * progress all the time, while the simulator injects random faults, one after the other at a fixed
 * pace with no wait for recovery (TCP reset, clean close, close with error, half-open, session
 * expiry, gateway restart on the same port, slow responses, responses failed with a hub error or a
 * CSTA error, malformed frames, unknown events). Then it makes the checks of {@link SoakChecks}:
 * the session is ACTIVE, every monitor is held by the gateway and delivers events again, every LOST
 * handle was refused by an injected failure, no request is left pending, one gap per outage, no
 * thread of a dead connection is alive; and that closing the client brings the threads back to the
 * baseline. {@link AdversarialSoak} aims its faults at recoveries instead.
 *
 * <p>{@code java -cp csta-benchmarks/target/benchmarks.jar org.csta4j.benchmarks.SessionSoak
 * [faults] [seconds] [seed]}; exits 1 if a check fails.
 */
public final class SessionSoak {
  private static final int DEVICES = 10;

  private SessionSoak() {}

  public static void main(String[] args) throws Exception {
    int faults = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 180;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : System.nanoTime();
    Random random = new Random(seed);
    System.out.printf(Locale.ROOT, "soak: %d faults over %d s, seed %d%n", faults, seconds, seed);

    SoakThreads threads = SoakThreads.baseline();
    SoakReport report = new SoakReport();
    SoakRecorder recorder = new SoakRecorder();
    SoakRequests requests = new SoakRequests();
    Map<SoakFault, Integer> injected = new EnumMap<>(SoakFault.class);
    try (SoakGateway gateway = new SoakGateway(DEVICES);
        CstaClient client = SoakSetup.client(gateway, recorder, seed)) {
      CstaSession session = client.connect().get(30, TimeUnit.SECONDS);
      recorder.attach(session);
      for (String d : gateway.devices()) {
        session.monitor(d).get(30, TimeUnit.SECONDS);
      }
      int connectedThreads = SoakThreads.names().size();
      requests.drive(session, gateway.devices(), seed + 1);

      long interval = TimeUnit.SECONDS.toNanos(seconds) / faults;
      long next = System.nanoTime();
      for (int i = 0; i < faults; i++) {
        next += interval;
        long wait = next - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait); // the harness paces faults; nothing waits for state
        }
        SoakFault f = SoakFault.any(random);
        injected.merge(f, 1, Integer::sum);
        f.inject(gateway, random, i);
      }
      requests.stopDriving();

      // settle: ACTIVE after the last fault, then long enough for a half-open one to be noticed
      settle(session, recorder);
      TimeUnit.MILLISECONDS.sleep(SoakSetup.HALF_OPEN_NOTICED.plusSeconds(1).toMillis());
      settle(session, recorder);
      report.info("faults injected", injected);
      SoakChecks.endOfSoak(report, session, gateway, recorder, requests, threads, connectedThreads);
    }
    SoakChecks.threadsAfterClose(report, threads);
    report.print();
    System.exit(report.passed() ? 0 : 1);
  }

  private static void settle(CstaSession session, SoakRecorder recorder)
      throws InterruptedException {
    recorder.await(
        () -> session.state() == SessionState.ACTIVE && recorder.lastState() == SessionState.ACTIVE,
        Duration.ofSeconds(60));
  }
}

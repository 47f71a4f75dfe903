package org.csta4j.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/** Records what a session tells its listeners; tests wait on it with timeouts. */
final class RecordingListener implements SessionListener {
  static final Duration WAIT = Duration.ofSeconds(20);

  final BlockingQueue<SessionState> states = new LinkedBlockingQueue<>();
  final BlockingQueue<Gap> gaps = new LinkedBlockingQueue<>();
  final BlockingQueue<SessionFault> faults = new LinkedBlockingQueue<>();
  final List<SessionFault> allFaults = new CopyOnWriteArrayList<>();
  final List<Throwable> causes = new CopyOnWriteArrayList<>();
  final BlockingQueue<Throwable> interruptions = new LinkedBlockingQueue<>();
  final BlockingQueue<Duration> resumes = new LinkedBlockingQueue<>();

  /**
   * Every notification, in the dispatcher's order: "state X", "gap", "fault K", "interrupted",
   * "resumed".
   */
  final List<String> heard = new CopyOnWriteArrayList<>();

  @Override
  public void onStateChanged(SessionState from, SessionState to, @Nullable Throwable cause) {
    if (cause != null) {
      causes.add(cause);
    }
    heard.add("state " + to);
    states.add(to);
  }

  @Override
  public void onGap(Gap gap) {
    heard.add("gap");
    gaps.add(gap);
  }

  @Override
  public void onFault(SessionFault fault) {
    heard.add("fault " + fault.kind());
    allFaults.add(fault);
    faults.add(fault);
  }

  @Override
  public void onInterrupted(Throwable cause) {
    heard.add("interrupted");
    interruptions.add(cause);
  }

  @Override
  public void onResumed(Duration interrupted) {
    heard.add("resumed");
    resumes.add(interrupted);
  }

  Throwable awaitInterruption() throws InterruptedException {
    Throwable t = interruptions.poll(WAIT.toNanos(), TimeUnit.NANOSECONDS);
    assertThat(t).as("an interruption within " + WAIT).isNotNull();
    return t;
  }

  Duration awaitResume() throws InterruptedException {
    Duration d = resumes.poll(WAIT.toNanos(), TimeUnit.NANOSECONDS);
    assertThat(d).as("a resume within " + WAIT).isNotNull();
    return d;
  }

  /** Waits until the session reports {@code state}, skipping others. */
  void awaitState(SessionState state) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      SessionState s = states.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      assertThat(s).as("state " + state + " within " + WAIT).isNotNull();
      if (s == state) {
        return;
      }
    }
  }

  Gap awaitGap() throws InterruptedException {
    Gap g = gaps.poll(WAIT.toNanos(), TimeUnit.NANOSECONDS);
    assertThat(g).as("a gap notification within " + WAIT).isNotNull();
    return g;
  }

  SessionFault awaitFault(SessionFault.Kind kind) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      SessionFault f = faults.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      assertThat(f).as("a " + kind + " fault within " + WAIT).isNotNull();
      if (f.kind() == kind) {
        return f;
      }
    }
  }
}

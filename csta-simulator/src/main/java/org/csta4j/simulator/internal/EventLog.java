package org.csta4j.simulator.internal;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.csta4j.simulator.FaultRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's log: faults it injected (kept for tests to assert on) and protocol events (to
 * SLF4J at debug). Never holds credentials: callers log ids and names, not payloads.
 */
final class EventLog {
  private static final Logger LOG = LoggerFactory.getLogger("org.csta4j.simulator");
  private static final int MAX_FAULTS = 10_000;

  private final Clock clock;
  private final Deque<FaultRecord> faults = new ArrayDeque<>();

  public EventLog(Clock clock) {
    this.clock = clock;
  }

  public void fault(String fault, String detail) {
    FaultRecord r = FaultRecord.of(clock.instant(), fault, detail);
    LOG.info("fault {}", r);
    synchronized (faults) {
      if (faults.size() == MAX_FAULTS) {
        faults.removeFirst();
      }
      faults.addLast(r);
      faults.notifyAll();
    }
  }

  public void protocol(String what) {
    LOG.debug("{}", what);
  }

  public List<FaultRecord> faults() {
    synchronized (faults) {
      return new ArrayList<>(faults);
    }
  }
}

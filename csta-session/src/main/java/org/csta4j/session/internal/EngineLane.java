package org.csta4j.session.internal;

import jakarta.inject.Inject;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.csta4j.transport.support.SerialExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session's engine: one serial lane on the client's I/O pool where every state change of the
 * session and of its monitor handles happens, one at a time and in order. Its tasks never block and
 * never run application code.
 */
@SessionScope
final class EngineLane implements Executor {
  private static final Logger LOG = LoggerFactory.getLogger(EngineLane.class);

  private final String name;
  private final SerialExecutor lane;

  @Inject
  EngineLane(SessionConfig config) {
    this.name = config.name();
    this.lane =
        new SerialExecutor(config.ioExecutor(), e -> LOG.error("{}: engine task failed", name, e));
  }

  @Override
  public void execute(Runnable task) {
    try {
      lane.execute(task);
    } catch (RejectedExecutionException e) {
      // the I/O pool ends only after every client closed: nothing is left to change
      LOG.debug("{}: engine task after the I/O pool ended", name);
    }
  }
}

package org.csta4j.transport.testing;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.csta4j.transport.CstaTransportFactory;
import org.csta4j.transport.TransportConfig;
import org.csta4j.transport.TransportListener;

/**
 * Makes {@link InMemoryTransport}s for {@code memory:} URIs; registered for ServiceLoader. A test
 * that gives code a gateway URI rather than a transport takes the transports it made with {@link
 * #awaitTransport}. Thread-safe; the transports it made are shared by every instance.
 */
public final class InMemoryTransportFactory implements CstaTransportFactory {
  private static final BlockingQueue<InMemoryTransport> CREATED = new LinkedBlockingQueue<>();

  /** A factory; ServiceLoader calls this. */
  public InMemoryTransportFactory() {}

  @Override
  public String name() {
    return "memory";
  }

  @Override
  public boolean supports(URI gateway) {
    return "memory".equalsIgnoreCase(gateway.getScheme());
  }

  @Override
  public InMemoryTransport create(TransportConfig config, TransportListener listener) {
    InMemoryTransport t = InMemoryTransport.create(config, listener);
    CREATED.add(t);
    return t;
  }

  /**
   * {@return the next transport a factory of this class made, oldest first}
   *
   * @param timeout how long to wait for it
   * @throws AssertionError if none is made in time
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public static InMemoryTransport awaitTransport(Duration timeout) throws InterruptedException {
    InMemoryTransport t = CREATED.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
    if (t == null) {
      throw new AssertionError("no in-memory transport was created within " + timeout);
    }
    return t;
  }
}

package org.csta4j.transport.signalr;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.csta4j.transport.ConnectionLostException;
import org.csta4j.transport.CstaTransport;
import org.csta4j.transport.TransportConfig;
import org.csta4j.transport.testing.RecordingTransportListener;
import org.jspecify.annotations.Nullable;

/**
 * The client side of {@link SignalRTransportHeapTest}, run in a child JVM with a small heap:
 * connects to the URL it is given with the default limits, waits for the loss and prints it. Exit 0
 * after a loss, 3 without one, 4 on running out of memory.
 */
public final class HeapLimitClient {
  private HeapLimitClient() {}

  public static void main(String[] args) throws Exception {
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, e) -> {
          if (e instanceof OutOfMemoryError) {
            System.out.println("OUT OF MEMORY on " + thread.getName());
            System.out.flush();
            Runtime.getRuntime().halt(4);
          }
        });
    ExecutorService executor = Executors.newFixedThreadPool(2);
    RecordingTransportListener recorder = new RecordingTransportListener();
    @Nullable ConnectionLostException lost;
    try (CstaTransport t =
        new SignalRTransportFactory()
            .create(TransportConfig.builder(URI.create(args[0]), executor).build(), recorder)) {
      t.connect().toCompletableFuture().get(30, TimeUnit.SECONDS);
      System.out.println("CONNECTED");
      try {
        lost = recorder.awaitLoss(Duration.ofSeconds(30));
        System.out.println("LOST " + lost.getMessage());
      } catch (AssertionError none) {
        lost = null;
        System.out.println("NO LOSS");
      }
    } catch (OutOfMemoryError e) {
      System.out.println("OUT OF MEMORY");
      Runtime.getRuntime().halt(4);
      return;
    } finally {
      executor.shutdownNow();
    }
    System.out.flush();
    Runtime.getRuntime().halt(lost == null ? 3 : 0);
  }
}

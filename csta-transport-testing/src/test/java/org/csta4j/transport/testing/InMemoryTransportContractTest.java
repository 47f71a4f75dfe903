package org.csta4j.transport.testing;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.csta4j.model.ClearConnectionResponse;
import org.csta4j.model.CstaEvent;
import org.csta4j.model.CstaMessage;
import org.csta4j.model.CstaRequest;
import org.csta4j.model.CstaResponse;
import org.csta4j.model.GetDoNotDisturb;
import org.csta4j.model.GetDoNotDisturbResponse;
import org.csta4j.model.MakeCall;
import org.csta4j.model.OperationError;
import org.csta4j.model.RawJson;
import org.csta4j.model.RawRequest;
import org.csta4j.model.RawResponse;
import org.csta4j.model.UniversalFailure;
import org.csta4j.model.UnknownEvent;
import org.csta4j.transport.CstaTransport;
import org.csta4j.transport.TransportConfig;
import org.csta4j.transport.TransportListener;
import org.jspecify.annotations.Nullable;

/** The SPI contract suite run against the in-memory transport. */
class InMemoryTransportContractTest extends TransportContractTest {
  private static CstaMessage answerTo(InMemoryTransport.SentRequest sent) {
    if (sent.request() instanceof MakeCall) {
      return UniversalFailure.of(OperationError.INVALID_CALLING_DEVICE_ID);
    }
    if (sent.request() instanceof GetDoNotDisturb) {
      return GetDoNotDisturbResponse.builder().doNotDisturbOn(false).build();
    }
    if (sent.request() instanceof RawRequest) {
      return RawResponse.of(sent.method(), RawJson.of("{\"parked\":true}"));
    }
    return ClearConnectionResponse.of();
  }

  @Override
  protected Harness harness() {
    return new Harness() {
      private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();
      private final AtomicInteger held = new AtomicInteger();
      private final AtomicInteger ticks = new AtomicInteger();
      private volatile Duration delay = Duration.ZERO;
      private @Nullable InMemoryTransport transport;

      private InMemoryTransport transport() {
        InMemoryTransport t = transport;
        if (t == null) {
          throw new IllegalStateException("the suite made no transport yet");
        }
        return t;
      }

      @Override
      public CstaTransport newTransport(
          TransportConfig.Builder config, TransportListener listener) {
        InMemoryTransport made = InMemoryTransport.create(config.build(), listener);
        transport = made;
        made.responder(
            sent -> {
              CstaMessage answer = answerTo(sent);
              if (held.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
                CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS, later)
                    .execute(() -> sent.respond(answer));
                return null;
              }
              return answer;
            });
        return made;
      }

      @Override
      public void prepare(CstaTransport transport) {}

      @Override
      public CstaRequest<? extends CstaResponse> goodRequest() {
        return GetDoNotDisturb.of("100");
      }

      @Override
      public CstaRequest<? extends CstaResponse> failingRequest() {
        return MakeCall.of("999", "100");
      }

      @Override
      public Optional<RawRequest> rawRequest() {
        return Optional.of(RawRequest.of("ParkCall", "{\"device\":\"100\"}"));
      }

      @Override
      public void triggerEvents(CstaTransport t, int count) {
        for (int i = 0; i < count; i++) {
          int n = ticks.getAndIncrement();
          transport().emit(UnknownEvent.of("Tick", RawJson.of(Integer.toString(n))));
        }
      }

      @Override
      public long orderOf(CstaEvent event) {
        return Long.parseLong(((UnknownEvent) event).payload().text());
      }

      @Override
      public void delayResponses(int count, Duration delay) {
        this.delay = delay;
        held.set(count);
      }

      @Override
      public void dropConnections() {
        transport().loseConnection("dropped by the test");
      }

      @Override
      public boolean resumes() {
        return true;
      }

      @Override
      public void interruptConnections() {
        transport().interrupt("cut by the test");
      }

      @Override
      public void letResume() {
        transport().resume();
      }

      @Override
      public void interruptConnectionsForGood() {
        transport().interrupt("cut by the test, for good");
        transport().loseConnection("the gateway's window passed");
      }

      @Override
      public void close() {
        later.shutdownNow();
      }
    };
  }
}

package org.csta4j.transport.signalr.jetty;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.csta4j.model.CstaEvent;
import org.csta4j.model.CstaRequest;
import org.csta4j.model.CstaResponse;
import org.csta4j.model.DeliveredEvent;
import org.csta4j.model.GetDoNotDisturb;
import org.csta4j.model.MakeCall;
import org.csta4j.model.MonitorStart;
import org.csta4j.model.RawRequest;
import org.csta4j.model.StartApplicationSession;
import org.csta4j.simulator.CstaSimulator;
import org.csta4j.transport.CstaTransport;
import org.csta4j.transport.RequestOptions;
import org.csta4j.transport.TransportConfig;
import org.csta4j.transport.TransportListener;
import org.csta4j.transport.testing.TransportContractTest;

/**
 * The SPI contract suite run against the Jetty SignalR transport and the simulator, over real
 * sockets, the resume tests included (the simulator offers stateful reconnect by default).
 */
class JettyTransportContractTest extends TransportContractTest {
  @Override
  protected Harness harness() {
    CstaSimulator sim = CstaSimulator.demo().autoAnswerDelay(Duration.ZERO).start();
    return new Harness() {
      @Override
      public CstaTransport newTransport(
          TransportConfig.Builder config, TransportListener listener) {
        TransportConfig c =
            TransportConfig.builder(sim.hubUrl(), config.build().callbackExecutor()).build();
        return new JettySignalRTransportFactory(
                JettySignalROptions.builder().serverTimeout(Duration.ofSeconds(10)).build())
            .create(c, listener);
      }

      @Override
      public void prepare(CstaTransport t) throws Exception {
        t.send(
                StartApplicationSession.of("demo", "demo", "demo.local", Duration.ofSeconds(120)),
                RequestOptions.of(Duration.ofSeconds(10), "login"))
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);
        t.send(MonitorStart.device("100"), RequestOptions.of(Duration.ofSeconds(10), "monitor"))
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);
        sim.pbx().setAutoAnswer("100", false);
      }

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
        return Optional.of(RawRequest.of("GetDoNotDisturb", "{\"device\":\"100\"}"));
      }

      @Override
      public void triggerEvents(CstaTransport t, int count) {
        for (int i = 0; i < count; i++) {
          sim.pbx().incomingCall("4570000" + i, "100"); // one Delivered each at 100
        }
      }

      @Override
      public long orderOf(CstaEvent event) {
        return Long.parseLong(((DeliveredEvent) event).connection().callId().orElseThrow());
      }

      @Override
      public void delayResponses(int count, Duration delay) {
        sim.faults().delayNextResponses(count, delay);
      }

      @Override
      public void dropConnections() {
        sim.faults().dropAllConnections();
      }

      @Override
      public boolean resumes() {
        return true;
      }

      @Override
      public void interruptConnections() {
        // the socket is reset and a new one held back a while, as by a network that comes back
        sim.faults().cutAllConnections(Duration.ofMillis(300));
      }

      @Override
      public void interruptConnectionsForGood() {
        // the socket is reset and the connection ended: the resume is refused with 404
        sim.faults().dropAllConnections();
      }

      @Override
      public void close() {
        sim.close();
      }
    };
  }
}

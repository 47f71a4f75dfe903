package org.csta4j.transport.signalr;

import java.util.Set;
import org.csta4j.transport.CstaTransportFactory;
import org.csta4j.transport.testing.TransportHostileServerTest;

/**
 * The shared hostile gateways ({@link TransportHostileServerTest}) against the official-client
 * transport; close must leave none of the client's threads (OkHttp's, its timers) behind.
 */
class SignalRTransportHostileServerTest extends TransportHostileServerTest {
  @Override
  protected CstaTransportFactory factory() {
    return new SignalRTransportFactory();
  }

  @Override
  protected Set<Thread> transportThreads() {
    return ThreadLeaks.transportLikeThreads();
  }

  /** The official client's own words (HubConnection, with WebSockets required). */
  @Override
  protected String noWebSocketsWords() {
    return "no compatible transports";
  }

  /** Inherent to the official client: see the base. */
  @Override
  protected boolean acceptsAHandshakeSplitOverMessages() {
    return false;
  }

  /** Inherent to the official client: see the base. */
  @Override
  protected boolean endsAtACloseMessage() {
    return false;
  }
}

/**
 * The transport SPI, the contract only: how csta4j's session talks to a gateway without knowing the
 * wire. A {@link org.csta4j.transport.CstaTransport} sends typed requests and completes with typed
 * responses, delivers events in arrival order and reports its state to a {@link
 * org.csta4j.transport.TransportListener}; a {@link org.csta4j.transport.CstaTransportFactory}
 * makes transports for a URI scheme, and {@link org.csta4j.transport.CstaTransports} finds one on
 * the class path. Every failure is a {@link org.csta4j.transport.TransportException} or the
 * gateway's own CSTA answer.
 *
 * <p>To write a plugin, implement the factory and the transport; {@link
 * org.csta4j.transport.support} has the pieces every implementation needs (pending requests with
 * timeouts, the state machine, ordered callbacks), and {@code csta-transport-testing}'s contract
 * suite checks the result.
 *
 * <p>Every type here is null-hostile: no method accepts or returns null unless it says so.
 */
@NullMarked
@CstaStyle
package org.csta4j.transport;

import org.csta4j.model.internal.CstaStyle;
import org.jspecify.annotations.NullMarked;

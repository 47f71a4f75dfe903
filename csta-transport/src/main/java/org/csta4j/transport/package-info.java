/**
 * The transport SPI: how csta4j's session talks to a gateway without knowing the wire. A {@link
 * org.csta4j.transport.CstaTransport} sends typed requests and completes with typed responses,
 * delivers events in arrival order and reports its state; a {@link
 * org.csta4j.transport.CstaTransportFactory} makes transports for a URI scheme. Implement both to
 * write a plugin; run {@code csta-transport-testing}'s contract suite against it.
 */
@NullMarked
package org.csta4j.transport;

import org.jspecify.annotations.NullMarked;

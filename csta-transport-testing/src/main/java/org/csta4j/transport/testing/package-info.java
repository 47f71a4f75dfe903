/**
 * Testing support for transports: {@link org.csta4j.transport.testing.InMemoryTransport}, a
 * scriptable transport for unit tests of code above the SPI (answer requests, push events, lose the
 * connection); {@link org.csta4j.transport.testing.RecordingTransportListener}, a listener that
 * records what a transport reported, to wait on; {@link
 * org.csta4j.transport.testing.TransportContractTest}, the contract suite a transport plugin runs
 * against itself; and, for transports over sockets, {@link
 * org.csta4j.transport.testing.HostileServer}, a misbehaving SignalR gateway, and {@link
 * org.csta4j.transport.testing.TestProxy}, an HTTP and SOCKS proxy that records what went through
 * it.
 */
@NullMarked
@CstaStyle
package org.csta4j.transport.testing;

import org.csta4j.model.internal.CstaStyle;
import org.jspecify.annotations.NullMarked;

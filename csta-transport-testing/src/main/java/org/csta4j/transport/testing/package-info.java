/**
 * Testing support for transports: {@link org.csta4j.transport.testing.InMemoryTransport}, a
 * scriptable transport for unit tests of code above the SPI (answer requests, push events, lose the
 * connection); {@link org.csta4j.transport.testing.RecordingTransportListener}, a listener that
 * records what a transport reported, to wait on; and {@link
 * org.csta4j.transport.testing.TransportContractTest}, the contract suite a transport plugin runs
 * against itself.
 */
@NullMarked
@CstaStyle
package org.csta4j.transport.testing;

import org.csta4j.model.internal.CstaStyle;
import org.jspecify.annotations.NullMarked;

/**
 * Testing support for transports: {@link org.csta4j.transport.testing.InMemoryTransport}, a
 * scriptable transport for unit tests of code above the SPI (answer requests, push events, lose the
 * connection), and {@link org.csta4j.transport.testing.TransportContractTest}, the contract suite a
 * transport plugin runs against itself.
 */
@NullMarked
package org.csta4j.transport.testing;

import org.jspecify.annotations.NullMarked;

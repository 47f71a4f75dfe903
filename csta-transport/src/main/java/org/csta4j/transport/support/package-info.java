/**
 * For transport implementations, not for applications: the pieces every {@link
 * org.csta4j.transport.CstaTransport} needs to keep the SPI's rules. {@link
 * org.csta4j.transport.support.PendingRequests} completes each request once and times it out;
 * {@link org.csta4j.transport.support.TransportLifecycle} moves through the states and fails what
 * is pending on loss or close; {@link org.csta4j.transport.support.SerialExecutor} runs callbacks
 * in order, one at a time, on any executor; {@link org.csta4j.transport.support.CallbackFuture}
 * keeps user code off the I/O thread; {@link org.csta4j.transport.support.Loopback} tells whether a
 * gateway host is this machine without asking DNS, and {@link
 * org.csta4j.transport.support.GatewayUris} applies the shared rules for web gateway URIs.
 *
 * <p>Every type here is thread-safe unless it says otherwise, and null-hostile: no method accepts
 * or returns null unless it says so.
 */
@NullMarked
package org.csta4j.transport.support;

import org.jspecify.annotations.NullMarked;

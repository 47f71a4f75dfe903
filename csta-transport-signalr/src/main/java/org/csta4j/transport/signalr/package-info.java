/**
 * The SignalR transport: {@link org.csta4j.transport.signalr.SignalRTransportFactory} makes
 * transports for {@code http(s)}/{@code ws(s)} gateway URIs on the official Java client, with a
 * Jackson hub protocol that decodes frames straight into the model and avoids the client's known
 * defects (fatal {@code headers}, null results that never complete, user code on the reader
 * thread).
 */
@NullMarked
package org.csta4j.transport.signalr;

import org.jspecify.annotations.NullMarked;

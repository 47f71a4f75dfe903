/**
 * The SignalR transport: {@link org.csta4j.transport.signalr.SignalRTransportFactory} makes
 * transports for {@code http(s)}/{@code ws(s)} gateway URIs on the official Java client, with a
 * Jackson hub protocol that decodes frames straight into the model and avoids the client's known
 * defects (fatal {@code headers}, null results that never complete, user code on the reader
 * thread); {@link org.csta4j.transport.signalr.SignalROptions} holds its own settings. Against a
 * gateway that misbehaves: the connect timeout bounds negotiate, upgrade and handshake together;
 * close never waits on a gateway that does not answer; an incoming message over {@link
 * org.csta4j.transport.TransportConfig#maxMessageBytes()} is refused as its WebSocket frame header
 * passes, before it is buffered (over TLS too), and so is a negotiate response body over that size;
 * a result that is not its request's response fails it with a {@link
 * org.csta4j.transport.ProtocolException}.
 */
@NullMarked
@CstaStyle
package org.csta4j.transport.signalr;

import org.csta4j.model.internal.CstaStyle;
import org.jspecify.annotations.NullMarked;

/**
 * A SignalR transport of our own on Jetty 12's WebSocket and HTTP clients, without the official
 * client: {@link org.csta4j.transport.signalr.jetty.JettySignalRTransportFactory} makes transports
 * for {@code http(s)}/{@code ws(s)} gateway URIs, and {@link
 * org.csta4j.transport.signalr.jetty.JettySignalROptions} holds their settings. It speaks negotiate
 * v1 (with redirects), the WebSocket transport with text and binary frames and the JSON hub
 * protocol with pings both ways and close messages; it decodes events straight from the frame's
 * bytes into the model. Every transport in a JVM shares one fixed pool of daemon threads, started
 * with the first transport and stopped when the last one is closed, and those with the same TLS
 * context and proxy share one Jetty client on it. The connect timeout bounds negotiate, upgrade and
 * handshake together; an incoming message over {@link
 * org.csta4j.transport.TransportConfig#maxMessageBytes()} is refused at the frame header that makes
 * it too large, before its payload is buffered, and so is a negotiate response over that size.
 *
 * <p>It asks for SignalR's stateful reconnect ({@link
 * org.csta4j.transport.signalr.jetty.JettySignalROptions#statefulReconnect()}); a gateway that
 * accepts gets handshake version 2, and then a socket that drops (an I/O error, an abnormal close)
 * is reconnected to the same connection, within the connect timeout, without negotiate or
 * handshake: the transport stays connected, the listener hears {@link
 * org.csta4j.transport.TransportListener#onInterrupted} and {@link
 * org.csta4j.transport.TransportListener#onResumed}, requests sent meanwhile go out after the
 * replay of those the gateway had not acknowledged, and duplicates the gateway replays are dropped,
 * so no event or result is lost or delivered twice. A refused resume (the gateway's window has
 * passed), the bound elapsing, or a Close message is a loss, as is any drop on a gateway without
 * the feature. ADR 0010 has the rules: what is counted, the ack cadence, the replay limit and the
 * bound.
 *
 * <p>Connect options ({@link org.csta4j.transport.signalr.jetty.JettySignalROptions}): a TLS
 * context; a proxy, through which negotiate and the WebSocket both go (an HTTP proxy gets
 * absolute-form requests for negotiate over plain {@code http} and a CONNECT tunnel for everything
 * else, plain {@code ws} included; a SOCKS proxy gets SOCKS 5); and {@code skipNegotiate}, which
 * opens the WebSocket at the hub URL without negotiate, and so without stateful reconnect.
 * Transports share a Jetty client only with the same TLS context and an equal proxy, so a proxy
 * never carries another transport's connections. A connect that fails because an {@code https} URL
 * points at a plain-text port, or an {@code http} URL at a TLS port, says so (ADR 0008).
 */
@NullMarked
@CstaStyle
package org.csta4j.transport.signalr.jetty;

import org.csta4j.model.internal.CstaStyle;
import org.jspecify.annotations.NullMarked;

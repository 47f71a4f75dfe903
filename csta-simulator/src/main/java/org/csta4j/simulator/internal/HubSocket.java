package org.csta4j.simulator.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * The Jetty endpoint of one SignalR connection: accepts text and binary frames alike and hands the
 * bytes to the connection, which splits them into records. Jetty requires it to be public.
 */
public final class HubSocket implements Session.Listener.AutoDemanding {
  private final HubConnection connection;

  HubSocket(HubConnection connection) {
    this.connection = connection;
  }

  @Override
  public void onWebSocketOpen(Session session) {
    connection.opened(this, session);
  }

  @Override
  public void onWebSocketText(String message) {
    connection.received(this, message.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
    byte[] bytes = new byte[payload.remaining()];
    payload.get(bytes);
    callback.succeed();
    connection.received(this, bytes);
  }

  @Override
  public void onWebSocketClose(int statusCode, String reason, Callback callback) {
    // 1006: the socket ended without a close frame, as when the network fails
    connection.socketEnded(
        this,
        "socket closed " + statusCode + (reason == null ? "" : " " + reason),
        statusCode == 1006);
    callback.succeed();
  }

  @Override
  public void onWebSocketError(Throwable cause) {
    connection.socketEnded(this, "socket error " + cause, true);
  }
}

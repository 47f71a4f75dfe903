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
    connection.opened(session);
  }

  @Override
  public void onWebSocketText(String message) {
    connection.received(message.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
    byte[] bytes = new byte[payload.remaining()];
    payload.get(bytes);
    callback.succeed();
    connection.received(bytes);
  }

  @Override
  public void onWebSocketClose(int statusCode, String reason, Callback callback) {
    connection.closed("socket closed " + statusCode + (reason == null ? "" : " " + reason));
    callback.succeed();
  }

  @Override
  public void onWebSocketError(Throwable cause) {
    connection.closed("socket error " + cause);
  }
}

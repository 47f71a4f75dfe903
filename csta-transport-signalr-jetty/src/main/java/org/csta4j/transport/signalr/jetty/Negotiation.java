package org.csta4j.transport.signalr.jetty;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A negotiate response (TransportProtocols.md, "POST [endpoint-base]/negotiate"): the connection to
 * use, a redirect to follow, or the gateway's refusal; and the URLs a client builds from it.
 *
 * @param id what goes into the upgrade's {@code id}: the connection token (v1) or id (v0)
 * @param webSockets whether the gateway offers the WebSockets transport
 * @param url a redirect to negotiate again at, or null
 * @param accessToken the token for the redirect, or null
 * @param error the gateway's refusal, or null
 * @param statefulReconnect whether the gateway accepted stateful reconnect
 */
record Negotiation(
    @Nullable String id,
    boolean webSockets,
    @Nullable String url,
    @Nullable String accessToken,
    @Nullable String error,
    boolean statefulReconnect) {

  /** How many redirects a connect follows before it gives up, as the official clients do. */
  static final int MAX_REDIRECTS = 100;

  static Negotiation parse(JsonFactory json, byte[] body) throws IOException {
    String connectionId = null;
    String connectionToken = null;
    String url = null;
    String accessToken = null;
    String error = null;
    boolean webSockets = false;
    boolean stateful = false;
    try (JsonParser p = json.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("the negotiate response is not a JSON object");
      }
      String name;
      while ((name = p.nextFieldName()) != null) {
        JsonToken t = p.nextToken();
        switch (name) {
          case "connectionId" -> connectionId = text(p, t);
          case "connectionToken" -> connectionToken = text(p, t);
          case "url" -> url = text(p, t);
          case "accessToken" -> accessToken = text(p, t);
          case "error" -> error = text(p, t);
          case "useStatefulReconnect" -> stateful = t == JsonToken.VALUE_TRUE;
          case "ProtocolVersion" ->
              throw new IOException(
                  "the gateway is an ASP.NET SignalR server, not ASP.NET Core SignalR");
          case "availableTransports" -> {
            if (t != JsonToken.START_ARRAY) {
              throw new IOException("availableTransports must be an array");
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
              String field;
              while ((field = p.nextFieldName()) != null) {
                JsonToken v = p.nextToken();
                if (field.equals("transport") && "WebSockets".equals(text(p, v))) {
                  webSockets = true;
                } else {
                  p.skipChildren();
                }
              }
            }
          }
          default -> p.skipChildren(); // clients must ignore what they do not know
        }
      }
    }
    return new Negotiation(
        connectionToken != null ? connectionToken : connectionId,
        webSockets,
        url,
        accessToken,
        error,
        stateful);
  }

  private static @Nullable String text(JsonParser p, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (!t.isScalarValue()) {
      p.skipChildren();
      return null;
    }
    return p.getText();
  }

  /**
   * {@return {@code <base>/negotiate?<base's query>&negotiateVersion=1}, with {@code
   * &useStatefulReconnect=true} when asked}
   */
  static URI negotiateUri(URI base, boolean statefulReconnect) {
    String path = base.getRawPath() == null ? "" : base.getRawPath();
    String query = base.getRawQuery();
    String q = query == null || query.isEmpty() ? "" : query + "&";
    return URI.create(
        base.getScheme()
            + "://"
            + base.getRawAuthority()
            + (path.endsWith("/") ? path + "negotiate" : path + "/negotiate")
            + "?"
            + q
            + "negotiateVersion=1"
            + (statefulReconnect ? "&useStatefulReconnect=true" : ""));
  }

  /**
   * {@return the WebSocket URL: {@code ws(s)://<base>?<base's query>&id=<id>}, or without {@code
   * id} when it is null (negotiate skipped)}
   */
  static URI webSocketUri(URI base, @Nullable String id) {
    String scheme = base.getScheme().toLowerCase(Locale.ROOT);
    String ws =
        switch (scheme) {
          case "http" -> "ws";
          case "https" -> "wss";
          default -> scheme;
        };
    String query = base.getRawQuery();
    boolean hasQuery = query != null && !query.isEmpty();
    String path = base.getRawPath() == null ? "" : base.getRawPath();
    String at = ws + "://" + base.getRawAuthority() + path;
    if (id == null) {
      return URI.create(hasQuery ? at + "?" + query : at);
    }
    return URI.create(
        at
            + "?"
            + (hasQuery ? query + "&" : "")
            + "id="
            + URLEncoder.encode(id, StandardCharsets.UTF_8));
  }
}

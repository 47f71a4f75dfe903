package org.csta4j.transport.signalr;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.microsoft.signalr.CancelInvocationMessage;
import com.microsoft.signalr.CloseMessage;
import com.microsoft.signalr.CompletionMessage;
import com.microsoft.signalr.HubMessage;
import com.microsoft.signalr.HubProtocol;
import com.microsoft.signalr.InvocationBinder;
import com.microsoft.signalr.InvocationMessage;
import com.microsoft.signalr.PingMessage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.csta4j.json.CstaCodec;
import org.csta4j.json.internal.JsonHubCodec;
import org.csta4j.json.internal.JsonHubCodec.Malformed;
import org.csta4j.json.internal.JsonHubCodec.Outcome;
import org.csta4j.model.CstaEvent;
import org.csta4j.model.CstaRequest;
import org.csta4j.model.RawRequest;
import org.csta4j.transport.ProtocolException;
import org.jspecify.annotations.Nullable;

/**
 * SignalR's JSON hub protocol ("json", version 1) on Jackson and csta-json: events are decoded from
 * the frame straight into model objects, results into the method's response or failure. Unlike the
 * client's Gson protocol it ignores {@code headers}, never yields a null result (an empty result is
 * the empty response), and keeps the connection up when one message cannot be decoded: that message
 * is handed on as {@link Malformed}. Nothing the gateway sends vanishes: a record cut short, an
 * event without arguments, an invocation without a target or a message type this client never asks
 * for is a {@link Malformed} too, and a result that is not the response its request expects fails
 * that request with a {@link ProtocolException}. Every event arrives under one target, {@link
 * #EVENT_TARGET}, so one handler sees them all in order, known or not. The result of a {@link
 * RawRequest} is decoded as a raw result ({@link CstaCodec#decodeRawResult}), never as a modelled
 * response.
 */
final class CstaHubProtocol implements HubProtocol {
  static final String EVENT_TARGET = "csta4j.event";

  /** A request on its way out, with the request id to put on the wire. */
  static final class Outgoing {
    final CstaRequest<?> request;
    final String requestId;

    Outgoing(CstaRequest<?> request, String requestId) {
      this.request = request;
      this.requestId = requestId;
    }
  }

  /**
   * What the client's completion carries: never null (so the client always completes the
   * invocation) and always of this type (so its cast never fails). When {@code delivered}, the
   * request was completed through the {@link Sink} or is on its way as an {@link Ordered} twin, and
   * the completion only tidies the client.
   */
  static final class Result {
    final Outcome outcome;
    final boolean delivered;

    Result(Outcome outcome, boolean delivered) {
      this.outcome = outcome;
      this.delivered = delivered;
    }
  }

  /**
   * Completes requests on the reader thread as their results are decoded: the fast path, taken when
   * no event decoded before the result is still on its way to the transport's listener.
   */
  interface Sink {
    void completed(Outcome outcome);
  }

  /**
   * A result that must wait for the events decoded before it: it travels behind them through the
   * client's invocation thread, and the transport completes the request when it arrives there.
   */
  static final class Ordered {
    final Outcome outcome;

    Ordered(Outcome outcome) {
      this.outcome = outcome;
    }
  }

  private final JsonHubCodec hub;
  private final JsonFactory json;
  private final @Nullable Sink sink;

  /** Events (and ordered results) handed to the client and not yet through {@link #delivered}. */
  private final AtomicInteger inFlight = new AtomicInteger();

  CstaHubProtocol(CstaCodec codec) {
    this(codec, null);
  }

  /** The transport has handed on one event, malformed message or {@link Ordered} result. */
  void delivered() {
    inFlight.decrementAndGet();
  }

  CstaHubProtocol(CstaCodec codec, @Nullable Sink sink) {
    this.hub = new JsonHubCodec(codec, ProtocolException::new);
    this.json = codec.jsonFactory();
    this.sink = sink;
  }

  @Override
  public String getName() {
    return "json";
  }

  @Override
  public int getVersion() {
    return 1;
  }

  @Override
  public List<HubMessage> parseMessages(ByteBuffer payload, InvocationBinder binder) {
    byte[] bytes;
    int start;
    int end;
    if (payload.hasArray()) { // the frame as it is, no copy
      bytes = payload.array();
      start = payload.arrayOffset() + payload.position();
      end = start + payload.remaining();
      payload.position(payload.limit());
    } else {
      bytes = new byte[payload.remaining()];
      payload.get(bytes);
      start = 0;
      end = bytes.length;
    }
    List<HubMessage> messages = new ArrayList<>();
    hub.read(bytes, start, end, new ToClient(messages));
    return messages;
  }

  /** Turns what the hub codec read into the official client's messages. */
  private final class ToClient implements JsonHubCodec.Receiver {
    private final List<HubMessage> out;

    ToClient(List<HubMessage> out) {
      this.out = out;
    }

    @Override
    public void event(CstaEvent event) {
      inFlight.incrementAndGet();
      out.add(new InvocationMessage(null, null, EVENT_TARGET, new Object[] {event}, null));
    }

    @Override
    public void malformed(Malformed malformed) {
      // handed on in its place, as an event, reported in arrival order
      inFlight.incrementAndGet();
      out.add(new InvocationMessage(null, null, EVENT_TARGET, new Object[] {malformed}, null));
    }

    @Override
    public void outcome(String invocationId, Outcome outcome) {
      out.add(complete(invocationId, outcome, out));
    }

    @Override
    public void refused(String invocationId, JsonHubCodec.@Nullable Invocation ours, String error) {
      out.add(new CompletionMessage(null, invocationId, null, error));
    }

    @Override
    public void ping() {
      out.add(PingMessage.getInstance());
    }

    @Override
    public void close(@Nullable String error, boolean allowReconnect) {
      out.add(new CloseMessage(error, allowReconnect));
    }
  }

  /**
   * Hands on a request's outcome: through the sink now when every earlier event is with the
   * transport already, else behind those events as an {@link Ordered} twin.
   */
  private HubMessage complete(String invocationId, Outcome outcome, List<HubMessage> out) {
    if (sink == null) {
      return new CompletionMessage(null, invocationId, new Result(outcome, false), null);
    }
    if (inFlight.get() == 0) {
      sink.completed(outcome);
    } else {
      inFlight.incrementAndGet();
      out.add(
          new InvocationMessage(
              null, null, EVENT_TARGET, new Object[] {new Ordered(outcome)}, null));
    }
    return new CompletionMessage(null, invocationId, new Result(outcome, true), null);
  }

  @Override
  public ByteBuffer writeMessage(HubMessage message) {
    try (ByteArrayBuilder out = new ByteArrayBuilder()) {
      try (JsonGenerator g = json.createGenerator(out)) {
        if (message instanceof InvocationMessage m) {
          Object[] args = m.getArguments();
          if (args.length != 1 || !(args[0] instanceof Outgoing o)) {
            throw new IllegalArgumentException("only CSTA requests are sent, not " + message);
          }
          hub.writeInvocation(g, m.getInvocationId(), m.getTarget(), o.request, o.requestId);
        } else if (message instanceof PingMessage) {
          g.writeStartObject();
          g.writeNumberField("type", 6);
          g.writeEndObject();
        } else if (message instanceof CloseMessage c) {
          JsonHubCodec.writeClose(g, c.getError(), c.getAllowReconnect());
        } else if (message instanceof CancelInvocationMessage cancel) {
          g.writeStartObject();
          g.writeNumberField("type", 5);
          g.writeStringField("invocationId", cancel.getInvocationId());
          g.writeEndObject();
        } else {
          throw new IllegalArgumentException("unsupported hub message " + message.getMessageType());
        }
      }
      out.write(JsonHubCodec.RS);
      return ByteBuffer.wrap(out.toByteArray());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

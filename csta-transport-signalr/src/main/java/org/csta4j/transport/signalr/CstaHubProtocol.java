package org.csta4j.transport.signalr;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.csta4j.json.CstaCodec;
import org.csta4j.json.CstaCodecException;
import org.csta4j.model.CstaEvent;
import org.csta4j.model.CstaFailure;
import org.csta4j.model.CstaMessage;
import org.csta4j.model.CstaRequest;
import org.csta4j.model.CstaResponse;
import org.csta4j.model.RawRequest;
import org.csta4j.model.RawResponse;
import org.csta4j.model.internal.Failures;
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
  private static final byte RS = 0x1e;

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
   * What became of one request's result: the decoded message, or the problem that kept it from
   * being the response the request expects.
   */
  static final class Outcome {
    final String requestId;
    final String method;
    final @Nullable CstaMessage result;
    final @Nullable Malformed problem;

    private Outcome(
        String requestId,
        String method,
        @Nullable CstaMessage result,
        @Nullable Malformed problem) {
      this.requestId = requestId;
      this.method = method;
      this.result = result;
      this.problem = problem;
    }

    static Outcome of(String requestId, String method, CstaMessage result) {
      return new Outcome(requestId, method, result, null);
    }

    static Outcome failed(String requestId, String method, Malformed problem) {
      return new Outcome(requestId, method, null, problem);
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

  /** A message that could not be decoded, delivered in its place. */
  static final class Malformed {
    final String name;
    final String excerpt;
    final Exception problem;

    Malformed(String name, String excerpt, Exception problem) {
      this.name = name;
      this.excerpt = excerpt;
      this.problem = problem;
    }
  }

  /**
   * An outstanding invocation: its hub method, our request id, whether it was raw, and the type of
   * the positive response its request expects.
   */
  private record Invocation(String method, String requestId, boolean raw, Class<?> expected) {}

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

  private final CstaCodec codec;
  private final JsonFactory json;
  private final @Nullable Sink sink;

  /** Events (and ordered results) handed to the client and not yet through {@link #delivered}. */
  private final AtomicInteger inFlight = new AtomicInteger();

  /** Each outstanding invocation by its id, recorded as the client writes it. */
  private final Map<String, Invocation> invocations = new ConcurrentHashMap<>();

  CstaHubProtocol(CstaCodec codec) {
    this(codec, null);
  }

  /** The transport has handed on one event, malformed message or {@link Ordered} result. */
  void delivered() {
    inFlight.decrementAndGet();
  }

  CstaHubProtocol(CstaCodec codec, @Nullable Sink sink) {
    this.codec = codec;
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
    for (int i = start; i < end; i++) {
      if (bytes[i] == RS) {
        HubMessage m = parse(bytes, start, i - start, messages);
        if (m != null) {
          messages.add(m);
        }
        start = i + 1;
      }
    }
    if (!isBlank(bytes, start, end)) {
      // Every JSON record must end with 0x1E (HubProtocol.md, "JSON Encoding"), and SignalR needs
      // a message-based transport: a WebSocket message is a whole unit, so a piece after the last
      // terminator is not "to be continued" in the next message, it is a malformed record. The
      // official client fails the whole message ("Message is incomplete."); the records before
      // the piece are good, so they stay, and the piece is reported.
      messages.add(
          malformed(
              "message",
              excerpt(bytes, start, end - start),
              new ProtocolException(
                  "a record of "
                      + (end - start)
                      + " bytes without its 0x1E terminator ends the message")));
    }
    return messages;
  }

  private static boolean isBlank(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      byte c = bytes[i];
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  private static String excerpt(byte[] bytes, int offset, int length) {
    return new String(bytes, offset, Math.min(length, 120), StandardCharsets.UTF_8);
  }

  /** A message that is handed on in its place, as an event, reported in arrival order. */
  private HubMessage malformed(String name, String excerpt, Exception problem) {
    inFlight.incrementAndGet();
    return new InvocationMessage(
        null, null, EVENT_TARGET, new Object[] {new Malformed(name, excerpt, problem)}, null);
  }

  /** One record; a result that must follow earlier events also adds its {@link Ordered} to out. */
  private @Nullable HubMessage parse(byte[] bytes, int offset, int length, List<HubMessage> out) {
    int type = -1;
    String invocationId = null;
    String target = null;
    String error = null;
    byte[] result = null;
    Object argument = null;
    boolean allowReconnect = false;
    try (JsonParser p = json.createParser(bytes, offset, length)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("a hub message must be a JSON object");
      }
      String name;
      while ((name = p.nextFieldName()) != null) {
        JsonToken t = p.nextToken();
        switch (name) {
          case "type" -> type = p.getIntValue();
          case "invocationId" -> invocationId = t == JsonToken.VALUE_NULL ? null : p.getText();
          case "target" -> target = p.getText();
          case "error" -> error = t == JsonToken.VALUE_NULL ? null : p.getText();
          case "allowReconnect" -> allowReconnect = t == JsonToken.VALUE_TRUE;
          case "result" -> result = slice(p, bytes, offset);
          case "arguments" -> {
            if (t != JsonToken.START_ARRAY) {
              throw new IOException("arguments must be an array");
            }
            while (p.nextToken() != JsonToken.END_ARRAY) {
              if (argument == null && target != null) {
                argument = event(target, p); // straight from the frame into the model
              } else if (argument == null) {
                argument = slice(p, bytes, offset);
              } else {
                p.skipChildren();
              }
            }
          }
          default -> p.skipChildren(); // headers included: ignored, as the spec asks
        }
      }
    } catch (IOException | RuntimeException e) {
      String text = excerpt(bytes, offset, length);
      String id = type == 3 ? invocationId : null;
      Invocation ours = id == null ? null : invocations.remove(id);
      if (id != null && ours != null) {
        // our request's completion, but unreadable: the request fails, typed, and hears why
        return complete(
            id,
            resultProblem(
                ours, text, "its completion could not be read: " + Failures.describe(e), e),
            out);
      }
      return malformed(target == null ? "message" : target, text, e);
    }
    return switch (type) {
      case 1 -> eventInvocation(target, argument, bytes, offset, length);
      case 3 -> completion(invocationId, error, result, bytes, offset, length, out);
      case 6 -> PingMessage.getInstance();
      case 7 -> new CloseMessage(error, allowReconnect);
      default ->
          // streams, cancels, acks and sequences belong to features this client never asks for
          malformed(
              "message",
              excerpt(bytes, offset, length),
              new ProtocolException(
                  type < 0
                      ? "a hub message without a type"
                      : "unexpected hub message type " + type));
    };
  }

  /** An invocation from the gateway: an event, handed on under {@link #EVENT_TARGET}. */
  private HubMessage eventInvocation(
      @Nullable String target, @Nullable Object argument, byte[] bytes, int offset, int length) {
    if (target == null) {
      return malformed(
          "message",
          excerpt(bytes, offset, length),
          new ProtocolException("an invocation without a target"));
    }
    if (argument == null) {
      // an event is its one argument: without it there is nothing to deliver, but the gateway
      // sent something, and it is reported rather than dropped
      return malformed(
          target,
          excerpt(bytes, offset, length),
          new ProtocolException(target + ": an event invocation without arguments"));
    }
    Object event = argument instanceof byte[] b ? eventFromBytes(target, b) : argument;
    inFlight.incrementAndGet();
    return new InvocationMessage(null, null, EVENT_TARGET, new Object[] {event}, null);
  }

  /**
   * A completion: of one of our invocations, decoded as its response (or failure); null for one
   * that is not ours, which the client would drop too.
   *
   * @param result the bytes of its {@code result}, or null if it has none
   */
  private @Nullable HubMessage completion(
      @Nullable String invocationId,
      @Nullable String error,
      byte @Nullable [] result,
      byte[] bytes,
      int offset,
      int length,
      List<HubMessage> out) {
    if (invocationId == null) {
      return malformed(
          "completion",
          excerpt(bytes, offset, length),
          new ProtocolException("a completion without an invocationId"));
    }
    Invocation invocation = invocations.remove(invocationId);
    if (error != null) {
      return new CompletionMessage(null, invocationId, null, error);
    }
    if (invocation == null) {
      return null; // not ours: the client drops it too, as an unsolicited completion
    }
    String method = invocation.method();
    byte[] body = result != null ? result : new byte[0];
    Outcome outcome;
    try {
      CstaMessage decoded =
          invocation.raw() ? codec.decodeRawResult(method, body) : codec.decodeResult(method, body);
      outcome =
          decoded instanceof CstaFailure || invocation.expected().isInstance(decoded)
              ? Outcome.of(invocation.requestId(), method, decoded)
              : resultProblem(
                  invocation,
                  excerpt(body, 0, body.length),
                  "the gateway's result is a " + modelName(decoded.getClass()),
                  null);
    } catch (CstaCodecException e) {
      outcome =
          resultProblem(
              invocation,
              excerpt(body, 0, body.length),
              "the gateway's result could not be decoded: " + Failures.describe(e),
              e);
    }
    return complete(invocationId, outcome, out);
  }

  /** A result problem as a request's outcome: the exception names the request and both types. */
  private static Outcome resultProblem(
      Invocation invocation, String excerpt, String problem, @Nullable Exception cause) {
    String message =
        invocation.method()
            + " (request "
            + invocation.requestId()
            + "): expected a "
            + invocation.expected().getSimpleName()
            + ", but "
            + problem;
    ProtocolException e =
        cause == null ? new ProtocolException(message) : new ProtocolException(message, cause);
    return Outcome.failed(
        invocation.requestId(),
        invocation.method(),
        new Malformed(invocation.method(), excerpt, e));
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

  /** The model type's name, not its generated implementation's ({@code ImmutableX} is an X). */
  private static String modelName(Class<?> type) {
    String name = type.getSimpleName();
    if (name.startsWith("Immutable")) {
      String model = name.substring("Immutable".length());
      Class<?> parent = type.getSuperclass();
      if (parent != null && parent.getSimpleName().equals(model)) {
        return model;
      }
      for (Class<?> i : type.getInterfaces()) {
        if (i.getSimpleName().equals(model)) {
          return model;
        }
      }
    }
    return name;
  }

  private Object event(String target, JsonParser p) {
    try {
      CstaEvent e = codec.decodeEvent(target, p);
      return e;
    } catch (CstaCodecException e) {
      try {
        p.skipChildren();
      } catch (IOException ignored) {
        // the envelope parse reports it
      }
      return new Malformed(target, Failures.describe(e), e);
    }
  }

  private Object eventFromBytes(String target, byte[] argument) {
    try {
      return codec.decodeEvent(target, argument);
    } catch (CstaCodecException e) {
      return new Malformed(target, Failures.describe(e), e);
    }
  }

  /**
   * The current value's bytes as they are in the frame: no re-encoding, so a raw result keeps its
   * exact text (a copy through a generator would turn {@code 1.10} into {@code 1.1}).
   */
  private static byte[] slice(JsonParser p, byte[] bytes, int offset) throws IOException {
    long start = p.currentTokenLocation().getByteOffset();
    p.skipChildren();
    p.finishToken(); // a string's end is only known once it is read
    long end = p.currentLocation().getByteOffset();
    return Arrays.copyOfRange(bytes, offset + (int) start, offset + (int) end);
  }

  @Override
  public ByteBuffer writeMessage(HubMessage message) {
    try (ByteArrayBuilder out = new ByteArrayBuilder()) {
      try (JsonGenerator g = json.createGenerator(out)) {
        g.writeStartObject();
        if (message instanceof InvocationMessage m) {
          g.writeNumberField("type", 1);
          if (m.getInvocationId() != null) {
            g.writeStringField("invocationId", m.getInvocationId());
          }
          g.writeStringField("target", m.getTarget());
          g.writeArrayFieldStart("arguments");
          boolean raw = false;
          String requestId = "";
          Class<?> expected = CstaResponse.class;
          for (Object arg : m.getArguments()) {
            if (arg instanceof Outgoing o) {
              raw |= o.request instanceof RawRequest;
              requestId = o.requestId;
              expected =
                  o.request instanceof RawRequest
                      ? RawResponse.class
                      : codec.registry().methodOf(o.request).responseType();
              codec.write(o.request, g, o.requestId); // straight into the frame
            } else {
              throw new IllegalArgumentException("only CSTA requests are sent, not " + arg);
            }
          }
          g.writeEndArray();
          if (m.getInvocationId() != null) {
            // only once written: a message that fails to encode leaves nothing outstanding
            invocations.put(
                m.getInvocationId(), new Invocation(m.getTarget(), requestId, raw, expected));
          }
        } else if (message instanceof PingMessage) {
          g.writeNumberField("type", 6);
        } else if (message instanceof CloseMessage c) {
          g.writeNumberField("type", 7);
          if (c.getError() != null) {
            g.writeStringField("error", c.getError());
          }
          g.writeBooleanField("allowReconnect", c.getAllowReconnect());
        } else if (message instanceof CancelInvocationMessage cancel) {
          g.writeNumberField("type", 5);
          g.writeStringField("invocationId", cancel.getInvocationId());
        } else {
          throw new IllegalArgumentException("unsupported hub message " + message.getMessageType());
        }
        g.writeEndObject();
      }
      out.write(RS);
      return ByteBuffer.wrap(out.toByteArray());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

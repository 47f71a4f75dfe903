package org.csta4j.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.csta4j.json.CstaCodec;
import org.csta4j.json.CstaCodecException;
import org.csta4j.model.CstaEvent;
import org.csta4j.model.CstaFailure;
import org.csta4j.model.CstaFailureException;
import org.csta4j.model.CstaMessage;
import org.csta4j.model.CstaRequest;
import org.csta4j.model.RawRequest;
import org.csta4j.model.RawResponse;
import org.csta4j.model.internal.Failures;
import org.jspecify.annotations.Nullable;

/**
 * SignalR's JSON hub protocol ("json", version 1) over {@link CstaCodec}, the part that belongs to
 * no client library: splitting a WebSocket message into its 0x1E-terminated records, reading each
 * record's envelope, decoding an event straight from the frame's bytes into the model and a
 * completion's result into the response its request expects, and writing invocations, pings and
 * closes. Both SignalR transports use it; each maps what it reads to its own client.
 *
 * <p>Nothing the gateway sends vanishes: a record cut short, an event without arguments, an
 * invocation without a target or a message type this client never asks for becomes a {@link
 * Malformed}, and a result that is not the response its request expects becomes an {@link Outcome}
 * with a problem. Thread-safe: one reader thread and any number of writers.
 */
public final class JsonHubCodec {
  /** The record separator that ends every JSON hub message. */
  public static final byte RS = 0x1e;

  private static final int EXCERPT = 120;

  /**
   * A message that could not be decoded, reported in its place.
   *
   * @param name the hub target or kind of the message, e.g. {@code "DeliveredEvent"} or {@code
   *     "message"}
   * @param excerpt the start of the message as the gateway sent it
   * @param problem why it could not be decoded
   */
  public record Malformed(String name, String excerpt, Exception problem) {}

  /**
   * What became of one request's result: the decoded message, or the problem that kept it from
   * being the response the request expects (exactly one of the two is set).
   *
   * @param requestId the request's id
   * @param method its hub method
   * @param result the decoded response or CSTA failure
   * @param problem why there is no result
   */
  public record Outcome(
      String requestId, String method, @Nullable CstaMessage result, @Nullable Malformed problem) {
    /**
     * {@return what the request fails with, or null when it completes with {@link #result()}} The
     * problem's exception, or a {@link CstaFailureException} for the gateway's CSTA failure.
     */
    public @Nullable Exception failure() {
      if (problem != null) {
        return problem.problem();
      }
      return result instanceof CstaFailure f ? new CstaFailureException(method, f) : null;
    }
  }

  /**
   * An outstanding invocation: its hub method, our request id, whether it was raw, and the type of
   * the positive response its request expects.
   *
   * @param method the hub method
   * @param requestId the request id on the wire
   * @param raw whether the request was a {@link RawRequest}
   * @param expected the response type the request is typed to
   */
  public record Invocation(String method, String requestId, boolean raw, Class<?> expected) {}

  /** What the records of one message are, told in their order; called on the reading thread. */
  public interface Receiver {
    /**
     * An invocation from the gateway: an event.
     *
     * @param event the decoded event
     */
    void event(CstaEvent event);

    /**
     * A record that could not be decoded, or a kind this client never asks for.
     *
     * @param malformed what it was and why
     */
    void malformed(Malformed malformed);

    /**
     * A completion of one of our invocations with a result (or one that could not be read).
     *
     * @param invocationId the invocation's id
     * @param outcome the decoded result or the problem
     */
    void outcome(String invocationId, Outcome outcome);

    /**
     * A completion with an error: the gateway refused the invocation.
     *
     * @param invocationId the invocation's id
     * @param ours the invocation, or null if it is not (or no longer) outstanding
     * @param error the gateway's words
     */
    void refused(String invocationId, @Nullable Invocation ours, String error);

    /** A Ping. */
    void ping();

    /**
     * A Close.
     *
     * @param error the gateway's error, or null for a clean close
     * @param allowReconnect whether the gateway allows a reconnect
     */
    void close(@Nullable String error, boolean allowReconnect);

    /**
     * {@return whether this receiver takes part in stateful reconnect (HubProtocol.md, "Stateful
     * Reconnect")} True: {@link #tracked()} is asked before each record that carries a sequence id
     * (types 1 to 5), and Ack and Sequence records go to {@link #ack} and {@link #sequence}. False,
     * the default: Ack and Sequence records are malformed, as for a client that never asks for
     * them.
     */
    default boolean statefulReconnect() {
      return false;
    }

    /**
     * A record that carries a sequence id (an invocation, stream item, completion, stream
     * invocation or cancel, readable or not) is about to be reported; called only when {@link
     * #statefulReconnect()}.
     *
     * @return whether to report it; false drops it unread (a duplicate the peer replayed)
     */
    default boolean tracked() {
      return true;
    }

    /**
     * An Ack: the peer has processed every record we sent up to this id; called only when {@link
     * #statefulReconnect()}.
     *
     * @param sequenceId the highest id the peer processed
     */
    default void ack(long sequenceId) {}

    /**
     * A Sequence: the peer's next record carries this id (it replays from there); called only when
     * {@link #statefulReconnect()}.
     *
     * @param sequenceId the id of the peer's next record
     */
    default void sequence(long sequenceId) {}
  }

  private final CstaCodec codec;
  private final JsonFactory json;
  private final BiFunction<String, @Nullable Throwable, Exception> problems;

  /** Each outstanding invocation by its id, recorded as it is written. */
  private final Map<String, Invocation> invocations = new ConcurrentHashMap<>();

  /**
   * A hub codec.
   *
   * @param codec encodes requests and decodes results and events
   * @param problems makes the exception of a protocol violation from its message and cause (the
   *     transport's {@code ProtocolException}, which csta-json cannot name)
   */
  public JsonHubCodec(
      CstaCodec codec, BiFunction<String, @Nullable Throwable, Exception> problems) {
    this.codec = Objects.requireNonNull(codec, "codec");
    this.json = codec.jsonFactory();
    this.problems = Objects.requireNonNull(problems, "problems");
  }

  /** {@return the codec under this hub codec} */
  public CstaCodec codec() {
    return codec;
  }

  /**
   * Reads one whole WebSocket message: every record in it, in order. A piece after the last
   * terminator is malformed, not "to be continued": a WebSocket message is a whole unit
   * (HubProtocol.md, "JSON Encoding"), so the records before it stay and the piece is reported.
   *
   * @param bytes the message's bytes (read, never kept)
   * @param start where the message starts
   * @param end where it ends, exclusive
   * @param receiver told of each record
   */
  public void read(byte[] bytes, int start, int end, Receiver receiver) {
    int from = start;
    while (from < end) {
      int after = terminated(bytes, from, end, receiver);
      if (after < 0) {
        // not a whole JSON object and its terminator: the record is bounded by the separator and
        // read again on its own, which tells what is wrong with it
        int separator = indexOf(bytes, from, end, RS);
        if (separator < 0) {
          break;
        }
        record(bytes, from, separator - from, receiver);
        after = separator + 1;
      }
      from = after;
    }
    if (!isBlank(bytes, from, end)) {
      receiver.malformed(
          new Malformed(
              "message",
              excerpt(bytes, from, end - from),
              problems.apply(
                  "a record of "
                      + (end - from)
                      + " bytes without its 0x1E terminator ends the message",
                  null)));
    }
  }

  /**
   * The common case, without a scan for the separator first: the record at {@code from} parsed as
   * one JSON object, which must be followed (after white space) by the separator; then it is told
   * and the index after the separator returned. A separator cannot stand inside a JSON object (a
   * control character is not white space and must be escaped in a string), so the object's end is
   * the record's. Anything else returns -1 and tells nothing.
   */
  private int terminated(byte[] bytes, int from, int end, Receiver receiver) {
    Envelope e = new Envelope();
    int close;
    try (JsonParser p = json.createParser(bytes, from, end - from)) {
      e.parse(p, bytes, from, this);
      close = from + (int) p.currentLocation().getByteOffset();
    } catch (IOException | RuntimeException ignored) {
      return -1; // read again within the separator's bounds, which reports it
    }
    int i = close;
    while (i < end && isWhitespace(bytes[i])) {
      i++;
    }
    if (i >= end || bytes[i] != RS) {
      return -1;
    }
    dispatch(e, bytes, from, i - from, receiver);
    return i + 1;
  }

  private static int indexOf(byte[] bytes, int from, int to, byte b) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isWhitespace(byte c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
  }

  private static boolean isBlank(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isWhitespace(bytes[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@return the start of these bytes as text, for a report}
   *
   * @param bytes the bytes
   * @param offset where to start
   * @param length how many there are
   */
  public static String excerpt(byte[] bytes, int offset, int length) {
    return new String(bytes, offset, Math.min(length, EXCERPT), StandardCharsets.UTF_8);
  }

  /** One record's envelope, filled as it is parsed (in part, if the parse fails). */
  private static final class Envelope {
    int type = -1;
    @Nullable String invocationId;
    @Nullable String target;
    @Nullable String error;
    byte @Nullable [] result;
    @Nullable Object argument;
    boolean allowReconnect;
    long sequenceId = -1;

    /** Reads the record's object; an event's argument straight from the frame into the model. */
    void parse(JsonParser p, byte[] bytes, int offset, JsonHubCodec hub) throws IOException {
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
          case "sequenceId" -> {
            if (t == JsonToken.VALUE_NUMBER_INT) {
              sequenceId = p.getLongValue();
            } else {
              p.skipChildren(); // not a number: an Ack or Sequence with it is malformed below
            }
          }
          case "result" -> result = slice(p, bytes, offset);
          case "arguments" -> {
            if (t != JsonToken.START_ARRAY) {
              throw new IOException("arguments must be an array");
            }
            while (p.nextToken() != JsonToken.END_ARRAY) {
              String to = target;
              if (argument == null && to != null) {
                argument = hub.event(to, p); // straight from the frame into the model
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
    }
  }

  /** One record within its separator's bounds, whatever it holds: a bad one is reported. */
  private void record(byte[] bytes, int offset, int length, Receiver receiver) {
    Envelope e = new Envelope();
    try (JsonParser p = json.createParser(bytes, offset, length)) {
      e.parse(p, bytes, offset, this);
    } catch (IOException | RuntimeException x) {
      if (tracked(e.type, receiver) && !receiver.tracked()) {
        return; // a replayed duplicate: dropped, not reported twice
      }
      String text = excerpt(bytes, offset, length);
      String id = e.type == 3 ? e.invocationId : null;
      Invocation ours = id == null ? null : invocations.remove(id);
      if (id != null && ours != null) {
        // our request's completion, but unreadable: the request fails, typed, and hears why
        receiver.outcome(
            id,
            resultProblem(
                ours, text, "its completion could not be read: " + Failures.describe(x), x));
      } else {
        receiver.malformed(new Malformed(e.target == null ? "message" : e.target, text, x));
      }
      return;
    }
    dispatch(e, bytes, offset, length, receiver);
  }

  private void dispatch(Envelope e, byte[] bytes, int offset, int length, Receiver receiver) {
    if (tracked(e.type, receiver) && !receiver.tracked()) {
      return; // a replayed duplicate: dropped, not reported twice
    }
    if ((e.type == 8 || e.type == 9) && receiver.statefulReconnect()) {
      if (e.sequenceId < 0) {
        receiver.malformed(
            new Malformed(
                "message",
                excerpt(bytes, offset, length),
                problems.apply(
                    (e.type == 8 ? "an Ack" : "a Sequence")
                        + " without a non-negative integer sequenceId",
                    null)));
      } else if (e.type == 8) {
        receiver.ack(e.sequenceId);
      } else {
        receiver.sequence(e.sequenceId);
      }
      return;
    }
    switch (e.type) {
      case 1 -> eventInvocation(e.target, e.argument, bytes, offset, length, receiver);
      case 3 -> completion(e.invocationId, e.error, e.result, bytes, offset, length, receiver);
      case 6 -> receiver.ping();
      case 7 -> receiver.close(e.error, e.allowReconnect);
      default ->
          // streams, cancels, and acks and sequences on a receiver without stateful reconnect,
          // belong to features this client never asks for
          receiver.malformed(
              new Malformed(
                  "message",
                  excerpt(bytes, offset, length),
                  problems.apply(
                      e.type < 0
                          ? "a hub message without a type"
                          : "unexpected hub message type " + e.type,
                      null)));
    }
  }

  /** Whether a record of this type carries a sequence id for a stateful receiver: types 1-5. */
  private static boolean tracked(int type, Receiver receiver) {
    return type >= 1 && type <= 5 && receiver.statefulReconnect();
  }

  private void eventInvocation(
      @Nullable String target,
      @Nullable Object argument,
      byte[] bytes,
      int offset,
      int length,
      Receiver receiver) {
    if (target == null) {
      receiver.malformed(
          new Malformed(
              "message",
              excerpt(bytes, offset, length),
              problems.apply("an invocation without a target", null)));
      return;
    }
    if (argument == null) {
      // an event is its one argument: without it there is nothing to deliver, but the gateway
      // sent something, and it is reported rather than dropped
      receiver.malformed(
          new Malformed(
              target,
              excerpt(bytes, offset, length),
              problems.apply(target + ": an event invocation without arguments", null)));
      return;
    }
    Object event = argument instanceof byte[] b ? eventFromBytes(target, b) : argument;
    if (event instanceof CstaEvent e) {
      receiver.event(e);
    } else if (event instanceof Malformed m) {
      receiver.malformed(m);
    }
  }

  private void completion(
      @Nullable String invocationId,
      @Nullable String error,
      byte @Nullable [] result,
      byte[] bytes,
      int offset,
      int length,
      Receiver receiver) {
    if (invocationId == null) {
      receiver.malformed(
          new Malformed(
              "completion",
              excerpt(bytes, offset, length),
              problems.apply("a completion without an invocationId", null)));
      return;
    }
    Invocation invocation = invocations.remove(invocationId);
    if (error != null) {
      receiver.refused(invocationId, invocation, error);
      return;
    }
    if (invocation == null) {
      return; // not ours (or timed out and forgotten): an unsolicited completion is dropped
    }
    String method = invocation.method();
    byte[] body = result != null ? result : new byte[0];
    Outcome outcome;
    try {
      CstaMessage decoded =
          invocation.raw() ? codec.decodeRawResult(method, body) : codec.decodeResult(method, body);
      outcome =
          decoded instanceof CstaFailure || invocation.expected().isInstance(decoded)
              ? new Outcome(invocation.requestId(), method, decoded, null)
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
    receiver.outcome(invocationId, outcome);
  }

  /** A result problem as a request's outcome: the exception names the request and both types. */
  private Outcome resultProblem(
      Invocation invocation, String excerpt, String problem, @Nullable Exception cause) {
    String message =
        invocation.method()
            + " (request "
            + invocation.requestId()
            + "): expected a "
            + invocation.expected().getSimpleName()
            + ", but "
            + problem;
    return new Outcome(
        invocation.requestId(),
        invocation.method(),
        null,
        new Malformed(invocation.method(), excerpt, problems.apply(message, cause)));
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
      return codec.decodeEvent(target, p);
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

  /**
   * Writes an invocation of the request's hub method into {@code g}, the request straight into the
   * frame, and records it as outstanding once it is written (a request that fails to encode leaves
   * nothing outstanding).
   *
   * @param g where the message goes; the caller ends the record with {@link #RS}
   * @param invocationId the invocation's id, or null for one that expects no completion
   * @param method the request's hub method
   * @param request the request
   * @param requestId the {@code privateData.requestId} put on the wire
   * @throws IOException if the generator fails
   */
  public void writeInvocation(
      JsonGenerator g,
      @Nullable String invocationId,
      String method,
      CstaRequest<?> request,
      String requestId)
      throws IOException {
    g.writeStartObject();
    g.writeNumberField("type", 1);
    if (invocationId != null) {
      g.writeStringField("invocationId", invocationId);
    }
    g.writeStringField("target", method);
    g.writeArrayFieldStart("arguments");
    boolean raw = request instanceof RawRequest;
    Class<?> expected = raw ? RawResponse.class : codec.registry().methodOf(request).responseType();
    codec.write(request, g, requestId);
    g.writeEndArray();
    g.writeEndObject();
    if (invocationId != null) {
      invocations.put(invocationId, new Invocation(method, requestId, raw, expected));
    }
  }

  /**
   * {@return a whole invocation record, terminator included}
   *
   * @param invocationId the invocation's id
   * @param method the request's hub method
   * @param request the request
   * @param requestId the {@code privateData.requestId} put on the wire
   * @throws CstaCodecException if the request cannot be encoded (a malformed raw payload)
   */
  public byte[] invocation(
      String invocationId, String method, CstaRequest<?> request, String requestId) {
    try (ByteArrayBuilder out = new ByteArrayBuilder()) {
      try (JsonGenerator g = json.createGenerator(out)) {
        writeInvocation(g, invocationId, method, request, requestId);
      }
      out.write(RS);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Forgets an outstanding invocation (its request timed out or failed before it was sent); a late
   * completion of it is then dropped.
   *
   * @param invocationId the invocation's id
   */
  public void forget(String invocationId) {
    invocations.remove(invocationId);
  }

  /** {@return how many invocations are outstanding} */
  public int outstanding() {
    return invocations.size();
  }

  /**
   * {@return the Ack record for this id, terminator included}
   *
   * @param sequenceId the highest id processed
   */
  public static byte[] ack(long sequenceId) {
    return ("{\"type\":8,\"sequenceId\":" + sequenceId + "}\u001e")
        .getBytes(StandardCharsets.UTF_8);
  }

  /**
   * {@return the Sequence record for this id, terminator included}
   *
   * @param sequenceId the id of the next record sent
   */
  public static byte[] sequence(long sequenceId) {
    return ("{\"type\":9,\"sequenceId\":" + sequenceId + "}\u001e")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** {@return the Ping record, terminator included} */
  public static byte[] ping() {
    return "{\"type\":6}\u001e".getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Writes a Close message into {@code g}.
   *
   * @param g where it goes; the caller ends the record with {@link #RS}
   * @param error the error, or null for none
   * @param allowReconnect whether the peer may reconnect
   * @throws IOException if the generator fails
   */
  public static void writeClose(JsonGenerator g, @Nullable String error, boolean allowReconnect)
      throws IOException {
    g.writeStartObject();
    g.writeNumberField("type", 7);
    if (error != null) {
      g.writeStringField("error", error);
    }
    g.writeBooleanField("allowReconnect", allowReconnect);
    g.writeEndObject();
  }

  /**
   * {@return the handshake request record for the JSON protocol, terminator included}
   *
   * @param version the protocol version, 1 (2 with stateful reconnect)
   */
  public static byte[] handshake(int version) {
    return ("{\"protocol\":\"json\",\"version\":" + version + "}\u001e")
        .getBytes(StandardCharsets.UTF_8);
  }
}

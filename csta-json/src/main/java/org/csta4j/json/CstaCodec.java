package org.csta4j.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csta4j.model.CstaEvent;
import org.csta4j.model.CstaFailure;
import org.csta4j.model.CstaFailureException;
import org.csta4j.model.CstaMessage;
import org.csta4j.model.CstaRequest;
import org.csta4j.model.CstaResponse;
import org.csta4j.model.PrivateData;
import org.csta4j.model.RawJson;
import org.csta4j.model.RawRequest;
import org.csta4j.model.RawResponse;
import org.csta4j.model.UniversalFailure;
import org.csta4j.model.UnknownEvent;
import org.csta4j.model.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Encodes CSTA messages to UTF-8 JSON and decodes them back, in uni-tel's gateway dialect.
 *
 * <p>Out is exact: requests are written as the vendor documents them ({@link JsonDialect#UNITEL}
 * unless configured). In is lenient: keys in any casing ({@code callID}, {@code callId}, {@code
 * CallId}), device identifiers as strings or objects, enums as names or numbers, numbers as
 * strings, the {@code Event} suffix present or not; fields the model does not know are kept. Bad
 * input fails with a {@link CstaCodecException} naming the message and the JSON path, never with a
 * half-built object.
 *
 * <p>A {@link RawRequest} is written as its payload, verbatim, with {@code privateData} added only
 * where a request id is given and the payload has none; its result is read with {@link
 * #decodeRawResult}.
 *
 * <p>Instances are immutable and safe for concurrent use; make one and share it.
 */
public final class CstaCodec {
  /** The vendor namespace prefix uni-tel uses in {@code applicationSpecificInfo} keys. */
  public static final String DEFAULT_VENDOR_PREFIX = "vendorData";

  /** Jackson's quote of a token it could not read, e.g. {@code token 'hunter2'}. */
  private static final Pattern QUOTED_TOKEN = Pattern.compile("Unrecognized token '([^']*)'");

  /** The key of a message's private data, in the four spellings of {@link JsonDialect}. */
  private static final SerializableString[] PRIVATE_DATA = Names.variants("privateData");

  private final Codecs codecs;
  private final JsonDialect dialect;
  private final CstaMessageRegistry registry;

  private CstaCodec(Builder b) {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxStringLength(b.maxStringLength)
                    .maxNestingDepth(b.maxNestingDepth)
                    .maxDocumentLength(b.maxDocumentLength)
                    .maxNumberLength(100)
                    .build())
            .build();
    this.codecs = new Codecs(factory, b.vendorPrefix);
    this.dialect = b.dialect;
    this.registry = CstaMessageRegistry.standard();
  }

  /**
   * {@return one shared codec with the defaults, built on first use} A codec is immutable and
   * thread-safe, and building one (its per-type readers and writers) costs far more than using it,
   * so prefer this to {@link #create()} unless a setting differs.
   */
  public static CstaCodec standard() {
    return Standard.INSTANCE;
  }

  private static final class Standard {
    static final CstaCodec INSTANCE = create();

    private Standard() {}
  }

  /**
   * {@return a new codec with the defaults} The defaults are the uni-tel dialect, the prefix {@code
   * vendorData} and the input limits of {@link Builder}.
   */
  public static CstaCodec create() {
    return builder().build();
  }

  /**
   * {@return a new builder holding the defaults; not thread-safe, build once and share the codec}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the hub methods and events this codec knows: always the standard registry} */
  public CstaMessageRegistry registry() {
    return registry;
  }

  /** {@return the dialect {@link #encode(CstaMessage)} writes} */
  public JsonDialect dialect() {
    return dialect;
  }

  /**
   * {@return the Jackson factory with this codec's input limits} Transports parse their envelopes
   * with it, so that one limit applies to the whole frame; it is shared, do not reconfigure it.
   */
  public JsonFactory jsonFactory() {
    return codecs.factory;
  }

  /**
   * Encodes any message (request, response, event or failure) in this codec's dialect.
   *
   * @param message the message; an {@link UnknownEvent} is written as its raw payload
   * @return the UTF-8 JSON, a new array the caller owns
   * @throws CstaCodecException if the message cannot be written (a malformed raw payload)
   */
  public byte[] encode(CstaMessage message) {
    return encode(message, dialect, (PrivateData) null);
  }

  /**
   * Encodes any message in the given dialect (a server answering as a particular gateway would).
   *
   * @param message the message
   * @param dialect how to spell keys, devices and enums
   * @return the UTF-8 JSON, a new array the caller owns
   * @throws CstaCodecException if the message cannot be written (a malformed raw payload)
   */
  public byte[] encode(CstaMessage message, JsonDialect dialect) {
    return encode(message, dialect, (PrivateData) null);
  }

  /**
   * Encodes a request in this codec's dialect with {@code privateData.requestId} set to {@code
   * requestId}, keeping its other private data; the request itself is not changed.
   *
   * @param request the request
   * @param requestId the correlation id for the gateway's logs
   * @return the UTF-8 JSON, a new array the caller owns
   * @throws CstaCodecException if the request cannot be written (a malformed raw payload)
   */
  public byte[] encodeRequest(CstaRequest<?> request, String requestId) {
    return encode(request, dialect, requestId);
  }

  /**
   * Encodes any message in the given dialect with {@code privateData.requestId} set to {@code
   * requestId}, keeping its other private data (a gateway echoing a request's id in its response).
   *
   * @param message the message
   * @param dialect how to spell keys, devices and enums
   * @param requestId the id to write in {@code privateData}
   * @return the UTF-8 JSON, a new array the caller owns
   * @throws CstaCodecException if the message cannot be written (a malformed raw payload)
   */
  public byte[] encode(CstaMessage message, JsonDialect dialect, String requestId) {
    Objects.requireNonNull(message, "message");
    return encode(message, dialect, withRequestId(message, requestId));
  }

  /**
   * Writes a message with {@code privateData.requestId} set to {@code requestId} to a generator the
   * caller owns (a transport writing its envelope), in this codec's dialect. The generator is
   * neither flushed nor closed.
   *
   * @param message the message, written as one JSON value
   * @param generator where to write; its position must allow a value
   * @param requestId the id to write in {@code privateData}
   * @throws IOException if the generator fails
   * @throws CstaCodecException if the message cannot be written (a malformed raw payload), in which
   *     case nothing has been written
   */
  public void write(CstaMessage message, JsonGenerator generator, String requestId)
      throws IOException {
    Objects.requireNonNull(message, "message");
    write(message, generator, dialect, withRequestId(message, requestId));
  }

  private static PrivateData withRequestId(CstaMessage message, String requestId) {
    Objects.requireNonNull(requestId, "requestId");
    return message.privateData().isEmpty()
        ? PrivateData.ofRequestId(requestId)
        : PrivateData.builder().from(message.privateData().get()).requestId(requestId).build();
  }

  private byte[] encode(
      CstaMessage message, JsonDialect dialect, @Nullable PrivateData privateData) {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(dialect, "dialect");
    BufferRecycler recycler = codecs.factory._getBufferRecycler();
    ByteArrayBuilder out = new ByteArrayBuilder(recycler, 256);
    try {
      try (JsonGenerator g = codecs.factory.createGenerator(out)) {
        write(message, g, dialect, privateData);
      }
      return out.toByteArray();
    } catch (IOException e) {
      // the output is memory: only Jackson refusing what it is asked to write gets here
      throw new CstaCodecException(
          message.getClass().getSimpleName(), "", "cannot encode: " + e.getMessage(), e);
    } finally {
      out.release(); // hands the buffer back to the recycler; close() would not
      recycler.releaseToPool();
    }
  }

  /**
   * Writes a message to a generator the caller owns (a transport writing its envelope), in the
   * given dialect. The generator is neither flushed nor closed.
   *
   * @param message the message, written as one JSON value
   * @param generator where to write; its position must allow a value
   * @param dialect how to spell keys, devices and enums
   * @throws IOException if the generator fails
   * @throws CstaCodecException if the message cannot be written (a malformed raw payload), in which
   *     case nothing has been written
   */
  public void write(CstaMessage message, JsonGenerator generator, JsonDialect dialect)
      throws IOException {
    write(message, generator, dialect, (PrivateData) null);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void write(
      CstaMessage message, JsonGenerator g, JsonDialect dialect, @Nullable PrivateData pd)
      throws IOException {
    WriteContext ctx = new WriteContext(dialect, codecs);
    if (message instanceof UnknownEvent unknown) {
      g.writeRawValue(unknown.payload().text());
      return;
    }
    if (message instanceof RawRequest raw) {
      writeRaw(raw.method(), raw.payload(), g, ctx, pd);
      return;
    }
    if (message instanceof RawResponse raw) {
      if (raw.payload().isPresent()) {
        writeRaw(raw.method(), raw.payload().get(), g, ctx, pd);
      } else {
        g.writeNull();
      }
      return;
    }
    Class<?> type = registry.modelType(message.getClass());
    ValueCodec codec = (ValueCodec) codecs.codecFor(type);
    codec.writeWith(message, g, ctx, pd);
  }

  /**
   * Writes a raw payload field by field, checked whole before anything is written, so that a
   * malformed payload leaves the generator untouched. An object gets {@code privateData} (in the
   * dialect's spelling, as typed messages write it) when {@code pd} is given and it has none.
   */
  private void writeRaw(
      String method, RawJson payload, JsonGenerator g, WriteContext ctx, @Nullable PrivateData pd)
      throws IOException {
    String text = payload.text();
    try (JsonParser p = codecs.factory.createParser(text)) {
      try {
        p.nextToken();
        p.skipChildren(); // reads every token, so malformed JSON fails here
        if (p.nextToken() != null) {
          throw new CstaCodecException(method, "", "trailing content after the raw payload");
        }
      } catch (JsonProcessingException e) {
        throw malformed(method, ReadContext.path(p), "malformed raw payload", e);
      }
    }
    try (JsonParser p = codecs.factory.createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        ReadContext.copyValue(p, g);
        return;
      }
      boolean hasPrivateData = false;
      g.writeStartObject();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        hasPrivateData |= p.currentName().equalsIgnoreCase("privateData");
        g.writeFieldName(p.currentName());
        p.nextToken();
        ReadContext.copyValue(p, g);
      }
      if (pd != null && !hasPrivateData) {
        ctx.name(g, PRIVATE_DATA);
        codecs.codecFor(PrivateData.class).write(pd, g, ctx);
      }
      g.writeEndObject();
    }
  }

  /**
   * Decodes a request the gateway receives (for servers such as the simulator).
   *
   * @param method the hub method's name, any casing
   * @param json the method's argument as UTF-8 JSON
   * @return the request, of the method's request type
   * @throws CstaCodecException if the method is unknown or the JSON is not a valid request
   */
  public CstaRequest<?> decodeRequest(String method, byte[] json) {
    HubMethod m = knownMethod(method);
    return (CstaRequest<?>) decode(method, json, m.requestType());
  }

  /**
   * Decodes a request from a parser positioned on its first token (or just before it), leaving the
   * parser on the request's last token; the parser is not closed.
   *
   * @param method the hub method's name, any casing
   * @param parser the caller's parser, made by {@link #jsonFactory()} for the same limits
   * @return the request, of the method's request type
   * @throws CstaCodecException if the method is unknown or the JSON is not a valid request
   */
  public CstaRequest<?> decodeRequest(String method, JsonParser parser) {
    HubMethod m = knownMethod(method);
    return (CstaRequest<?>) decodeValue(method, parser, m.requestType());
  }

  private HubMethod knownMethod(String method) {
    Objects.requireNonNull(method, "method");
    return registry
        .method(method)
        .orElseThrow(() -> new CstaCodecException(method, "", "unknown hub method"));
  }

  /**
   * Decodes the result of a hub method: its positive response, a {@link UniversalFailure} ({@code
   * CSTAErrorCode}) or, for session services, the ECMA-354 negative response. A JSON {@code null}
   * or empty result is the empty positive response where the response has no mandatory field.
   *
   * @param method the hub method's name, any casing
   * @param json the invocation's result as UTF-8 JSON
   * @return a {@link CstaResponse} of the method's response type, or a {@link CstaFailure}
   * @throws CstaCodecException if the method is unknown or the JSON is not a valid result
   */
  public CstaMessage decodeResult(String method, byte[] json) {
    HubMethod m = knownMethod(method);
    Objects.requireNonNull(json, "json");
    byte[] body = isNullOrEmpty(json) ? "{}".getBytes(StandardCharsets.US_ASCII) : json;
    Optional<Class<? extends CstaFailure>> failure = failureType(body, m.negativeResponseType());
    return (CstaMessage)
        decode(method, body, failure.isPresent() ? failure.get() : m.responseType());
  }

  /**
   * Decodes the result of a {@link RawRequest}: a {@link UniversalFailure} when the result has a
   * root {@code CSTAErrorCode} (any casing), else a {@link RawResponse} holding the result as JSON,
   * with an empty payload for a JSON {@code null} or empty result.
   *
   * @param method the raw request's {@link RawRequest#method()}
   * @param json the invocation's result as UTF-8 JSON
   * @return a {@link RawResponse} or a {@link CstaFailure}
   * @throws CstaCodecException if the result is not well-formed JSON or not a valid failure
   */
  public CstaMessage decodeRawResult(String method, byte[] json) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(json, "json");
    if (isNullOrEmpty(json)) {
      return RawResponse.empty(method);
    }
    Optional<Class<? extends CstaFailure>> failure = failureType(json, Optional.empty());
    if (failure.isPresent()) {
      return (CstaMessage) decode(method, json, failure.get());
    }
    try (JsonParser p = codecs.factory.createParser(json)) {
      if (p.nextToken() == null) {
        return RawResponse.empty(method); // only whitespace
      }
      RawJson payload = new ReadContext(method, codecs).capture(p);
      requireEnd(method, p);
      return RawResponse.of(method, payload);
    } catch (IOException e) {
      throw malformed(method, "", "malformed JSON", e);
    }
  }

  /**
   * Decodes the result of a hub method and returns the typed positive response, or throws.
   *
   * @param <R> the request's response type
   * @param request the request the result answers; a {@link RawRequest} reads as in {@link
   *     #decodeRawResult}
   * @param json the invocation's result as UTF-8 JSON
   * @return the positive response
   * @throws CstaFailureException if the gateway answered with a failure; it names the method
   * @throws CstaCodecException if the JSON is not a valid result of the request's method
   * @throws IllegalArgumentException if no hub method takes the request's type
   */
  public <R extends CstaResponse> R decodeResponse(CstaRequest<R> request, byte[] json) {
    String method = registry.methodName(request);
    CstaMessage result =
        request instanceof RawRequest ? decodeRawResult(method, json) : decodeResult(method, json);
    if (result instanceof CstaFailure failure) {
      throw new CstaFailureException(method, failure);
    }
    @SuppressWarnings("unchecked")
    R response = (R) result;
    return response;
  }

  private static boolean isNullOrEmpty(byte[] json) {
    String s = json.length <= 8 ? new String(json, StandardCharsets.UTF_8).trim() : "x";
    return s.isEmpty() || s.equals("null");
  }

  /**
   * The failure a result is by its root keys: {@code CSTAErrorCode} is a {@link UniversalFailure},
   * {@code errorCode} the session {@code negative} response where the method has one; empty for a
   * positive result.
   */
  private Optional<Class<? extends CstaFailure>> failureType(
      byte[] json, Optional<Class<? extends CstaFailure>> negative) {
    try (JsonParser p = codecs.factory.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      String name;
      while ((name = p.nextFieldName()) != null) {
        if (name.equalsIgnoreCase("cstaErrorCode")) {
          return Optional.of(UniversalFailure.class);
        }
        if (name.equalsIgnoreCase("errorCode") && negative.isPresent()) {
          return negative;
        }
        p.nextToken();
        p.skipChildren();
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty(); // the real decode reports the malformed JSON with its path
    }
  }

  /**
   * Decodes an event by its SignalR target name ({@code "Delivered"} or {@code "DeliveredEvent"},
   * any casing). An unknown name gives an {@link UnknownEvent} with the raw payload, never an
   * error.
   *
   * @param name the SignalR target name
   * @param json the event's argument as UTF-8 JSON
   * @return the event, typed where the name is known
   * @throws CstaCodecException if the JSON is malformed, or not a valid event of a known name
   */
  public CstaEvent decodeEvent(String name, byte[] json) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(json, "json");
    Optional<Class<? extends CstaEvent>> type = registry.eventType(name);
    if (type.isEmpty()) {
      return unknownEvent(name, json);
    }
    return (CstaEvent) decode(name, json, type.get());
  }

  /**
   * Decodes an event from a parser positioned on its first token (or just before it), as a
   * transport reading its envelope does, leaving the parser on the event's last token; the parser
   * is not closed.
   *
   * @param name the SignalR target name; an unknown one gives an {@link UnknownEvent}
   * @param parser the caller's parser, made by {@link #jsonFactory()} for the same limits
   * @return the event, typed where the name is known
   * @throws CstaCodecException if the JSON is malformed, or not a valid event of a known name
   */
  public CstaEvent decodeEvent(String name, JsonParser parser) {
    Objects.requireNonNull(name, "name");
    Optional<Class<? extends CstaEvent>> type = registry.eventType(name);
    if (type.isEmpty()) {
      ReadContext ctx = new ReadContext(name, codecs);
      try {
        return UnknownEvent.of(name, ctx.capture(parser));
      } catch (IOException e) {
        throw malformed(name, ReadContext.path(parser), "malformed JSON", e);
      }
    }
    return (CstaEvent) decodeValue(name, parser, type.get());
  }

  private UnknownEvent unknownEvent(String name, byte[] json) {
    try (JsonParser p = codecs.factory.createParser(json)) {
      if (p.nextToken() == null) {
        throw new CstaCodecException(name, "", "empty event payload");
      }
      ReadContext ctx = new ReadContext(name, codecs);
      RawJson raw = ctx.capture(p);
      requireEnd(name, p);
      return UnknownEvent.of(name, raw);
    } catch (IOException e) {
      throw malformed(name, "", "malformed JSON", e);
    }
  }

  private Object decode(String name, byte[] json, Class<?> type) {
    try (JsonParser p = codecs.factory.createParser(json)) {
      if (p.nextToken() == null) {
        throw new CstaCodecException(name, "", "empty input");
      }
      Object value = decodeValue(name, p, type);
      requireEnd(name, p);
      return value;
    } catch (IOException e) {
      throw malformed(name, "", "malformed JSON", e);
    }
  }

  private void requireEnd(String name, JsonParser p) throws IOException {
    try {
      if (p.nextToken() != null) {
        throw new CstaCodecException(name, "", "trailing content after the message");
      }
    } catch (JsonProcessingException e) {
      throw malformed(name, "", "trailing content after the message", e);
    }
  }

  private Object decodeValue(String name, JsonParser p, Class<?> type) {
    ReadContext ctx = new ReadContext(name, codecs);
    try {
      if (p.currentToken() == null) {
        p.nextToken();
      }
      return codecs.codecFor(type).read(p, ctx);
    } catch (CstaCodecException e) {
      throw e;
    } catch (IOException e) {
      throw malformed(name, ReadContext.path(p), "malformed JSON", e);
    } catch (RuntimeException e) {
      // a defect of ours must still surface as a codec error naming the input's place
      throw ctx.fail(p, "cannot decode: " + e, e);
    }
  }

  /**
   * A codec error for input Jackson could not read. Jackson quotes an unrecognized token whole
   * ({@code Unrecognized token 'hunter2'}), which may be an unquoted password: the token is
   * replaced by its length and, as Jackson's exception still carries it, it is not kept as the
   * cause.
   */
  private static CstaCodecException malformed(
      String name, String path, String problem, IOException e) {
    String original =
        String.valueOf(
            e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage());
    Matcher token = QUOTED_TOKEN.matcher(original);
    if (!token.find()) {
      return new CstaCodecException(name, path, problem + ": " + original, e);
    }
    String safe =
        token.replaceAll(r -> "Unrecognized token of " + (r.end(1) - r.start(1)) + " characters");
    return new CstaCodecException(name, path, problem + ": " + safe);
  }

  /** Configures a {@link CstaCodec}. */
  public static final class Builder {
    private String vendorPrefix = DEFAULT_VENDOR_PREFIX;
    private JsonDialect dialect = JsonDialect.UNITEL;
    private int maxStringLength = 1 << 20;
    private int maxNestingDepth = 64;
    private long maxDocumentLength = 8L << 20;

    private Builder() {}

    /**
     * Sets the namespace prefix of vendor keys, {@code vendorData} by default: keys such as {@code
     * vendorData:userID} in {@code applicationSpecificInfo} are written with it and accepted with
     * it on input.
     *
     * @param prefix a non-blank name without {@code ':'}
     * @return this builder
     * @throws IllegalArgumentException naming {@code prefix} if it is blank or holds a colon
     */
    public Builder vendorPrefix(String prefix) {
      if (Checks.nonBlank("prefix", prefix).contains(":")) {
        throw new IllegalArgumentException("prefix: must be a name without ':'");
      }
      this.vendorPrefix = prefix;
      return this;
    }

    /**
     * Sets the dialect {@link #encode(CstaMessage)} writes, {@link JsonDialect#UNITEL} by default;
     * reading accepts every dialect whatever this is.
     *
     * @param dialect the dialect
     * @return this builder
     */
    public Builder dialect(JsonDialect dialect) {
      this.dialect = Objects.requireNonNull(dialect, "dialect");
      return this;
    }

    /**
     * Sets the longest JSON string accepted on input; a longer one fails the decode.
     *
     * @param chars the limit in characters, 1 MiB (1,048,576) by default
     * @return this builder
     * @throws IllegalArgumentException naming {@code maxStringLength} if {@code chars} is not
     *     positive
     */
    public Builder maxStringLength(int chars) {
      this.maxStringLength = Checks.positive("maxStringLength", chars);
      return this;
    }

    /**
     * Sets the deepest nesting of objects and arrays accepted on input; deeper input fails the
     * decode.
     *
     * @param depth the limit, 64 by default
     * @return this builder
     * @throws IllegalArgumentException naming {@code maxNestingDepth} if {@code depth} is below 8
     */
    public Builder maxNestingDepth(int depth) {
      if (depth < 8) {
        throw new IllegalArgumentException("maxNestingDepth: must be at least 8 but is " + depth);
      }
      this.maxNestingDepth = depth;
      return this;
    }

    /**
     * Sets the largest document accepted on input; a larger one fails the decode.
     *
     * @param bytes the limit in bytes, 8 MiB by default
     * @return this builder
     * @throws IllegalArgumentException naming {@code maxDocumentLength} if {@code bytes} is below
     *     1024
     */
    public Builder maxDocumentLength(long bytes) {
      if (bytes < 1024) {
        throw new IllegalArgumentException(
            "maxDocumentLength: must be at least 1024 but is " + bytes);
      }
      this.maxDocumentLength = bytes;
      return this;
    }

    /** {@return a new codec with this builder's settings; the builder may be reused} */
    public CstaCodec build() {
      return new CstaCodec(this);
    }
  }
}

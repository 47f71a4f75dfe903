package org.csta4j.transport.signalr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.signalr.CompletionMessage;
import com.microsoft.signalr.HubMessage;
import com.microsoft.signalr.InvocationBinder;
import com.microsoft.signalr.InvocationMessage;
import com.microsoft.signalr.PingMessage;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.csta4j.json.CstaCodec;
import org.csta4j.json.internal.JsonHubCodec;
import org.csta4j.model.ClearConnectionResponse;
import org.csta4j.model.DeliveredEvent;
import org.csta4j.model.MakeCall;
import org.csta4j.model.RawJson;
import org.csta4j.model.RawRequest;
import org.csta4j.model.RawResponse;
import org.csta4j.model.UniversalFailure;
import org.csta4j.model.UnknownEvent;
import org.csta4j.transport.ProtocolException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The hub protocol fixes what the official client's Gson protocol gets wrong. */
class CstaHubProtocolTest {
  private static final InvocationBinder NO_BINDER =
      new InvocationBinder() {
        @Override
        public Type getReturnType(String invocationId) {
          return Object.class;
        }

        @Override
        public List<Type> getParameterTypes(String methodName) {
          return List.of();
        }
      };

  private final CstaHubProtocol protocol = new CstaHubProtocol(CstaCodec.create());

  private List<HubMessage> parse(String frame) {
    return protocol.parseMessages(
        ByteBuffer.wrap(frame.getBytes(StandardCharsets.UTF_8)), NO_BINDER);
  }

  private static Object argument(HubMessage m) {
    return ((InvocationMessage) m).getArguments()[0];
  }

  @Test
  void eventsWithHeadersDecodeStraightIntoTheModel() {
    List<HubMessage> messages =
        parse(
            "{\"type\":1,\"headers\":{\"a\":\"b\"},\"target\":\"Delivered\",\"arguments\":[{\"monitorCrossRefID\":\"1\","
                + "\"connection\":{\"callID\":\"7\"},\"alertingDevice\":\"100\",\"callingDevice\":\"200\","
                + "\"calledDevice\":\"100\",\"lastRedirectionDevice\":{\"notRequired\":{}},\"cause\":\"newCall\"}]}\u001e"
                + "{\"type\":6}\u001e{\"type\":1,\"target\":\"Parked\",\"arguments\":[{\"x\":1}]}\u001e");

    assertThat(messages).hasSize(3);
    assertThat(argument(messages.get(0))).isInstanceOf(DeliveredEvent.class);
    assertThat(((InvocationMessage) messages.get(0)).getTarget())
        .isEqualTo(CstaHubProtocol.EVENT_TARGET);
    assertThat(argument(messages.get(2))).isInstanceOf(UnknownEvent.class);
  }

  @Test
  void aNullResultCompletesWithTheEmptyResponse() {
    protocol.writeMessage(
        new InvocationMessage(
            null,
            "4",
            "ClearConnection",
            new Object[] {
              new CstaHubProtocol.Outgoing(
                  org.csta4j.model.ClearConnection.of(org.csta4j.model.ConnectionId.ofCall("1")),
                  "r")
            },
            null));
    List<HubMessage> messages = parse("{\"type\":3,\"invocationId\":\"4\",\"result\":null}\u001e");
    Object result = ((CompletionMessage) messages.get(0)).getResult();
    assertThat(((CstaHubProtocol.Result) result).outcome.result())
        .isEqualTo(ClearConnectionResponse.of());
  }

  private static InvocationMessage clearConnection(String invocationId, String requestId) {
    return new InvocationMessage(
        null,
        invocationId,
        "ClearConnection",
        new Object[] {
          new CstaHubProtocol.Outgoing(
              org.csta4j.model.ClearConnection.of(org.csta4j.model.ConnectionId.ofCall("1")),
              requestId)
        },
        null);
  }

  @Test
  void aResultNeverOvertakesAnEventDecodedBeforeIt() {
    List<String> direct = new java.util.ArrayList<>();
    CstaHubProtocol ordered =
        new CstaHubProtocol(CstaCodec.create(), outcome -> direct.add(outcome.requestId()));
    ordered.writeMessage(clearConnection("4", "req-4"));
    ordered.writeMessage(clearConnection("5", "req-5"));
    List<HubMessage> forClient =
        ordered.parseMessages(
            ByteBuffer.wrap(
                ("{\"type\":1,\"target\":\"Parked\",\"arguments\":[{\"x\":1}]}\u001e"
                        + "{\"type\":1,\"target\":\"Delivered\",\"arguments\":[{\"cause\":\"nope\"}]}\u001e"
                        + "{\"type\":3,\"invocationId\":\"4\",\"result\":null}\u001e"
                        + "{\"type\":6}\u001e")
                    .getBytes(StandardCharsets.UTF_8)),
            NO_BINDER);
    // two events are on their way: the result follows them as an Ordered message
    assertThat(direct).isEmpty();
    assertThat(forClient).hasSize(5);
    assertThat(argument(forClient.get(0))).isInstanceOf(UnknownEvent.class);
    assertThat(argument(forClient.get(1))).isInstanceOf(JsonHubCodec.Malformed.class);
    CstaHubProtocol.Ordered twin = (CstaHubProtocol.Ordered) argument(forClient.get(2));
    assertThat(twin.outcome.requestId()).isEqualTo("req-4");
    assertThat(twin.outcome.result()).isEqualTo(ClearConnectionResponse.of());
    Object completion = ((CompletionMessage) forClient.get(3)).getResult();
    assertThat(((CstaHubProtocol.Result) completion).delivered).isTrue();

    // the transport hands on both events and the twin: the next result completes at once
    ordered.delivered();
    ordered.delivered();
    ordered.delivered();
    List<HubMessage> next =
        ordered.parseMessages(
            ByteBuffer.wrap(
                "{\"type\":3,\"invocationId\":\"5\",\"result\":null}\u001e"
                    .getBytes(StandardCharsets.UTF_8)),
            NO_BINDER);
    assertThat(direct).containsExactly("req-5");
    assertThat(((CstaHubProtocol.Result) ((CompletionMessage) next.get(0)).getResult()).delivered)
        .isTrue();
    assertThat(next).hasSize(1); // no twin: completed at once
  }

  @Test
  void aBadEventIsReportedAndTheRestOfTheFrameStillArrives() {
    List<HubMessage> messages =
        parse(
            "{\"type\":1,\"target\":\"Delivered\",\"arguments\":[{\"cause\":\"nope\"}]}\u001e"
                + "{not json\u001e{\"type\":6}\u001e");
    assertThat(messages).hasSize(3);
    assertThat(argument(messages.get(0))).isInstanceOf(JsonHubCodec.Malformed.class);
    assertThat(((JsonHubCodec.Malformed) argument(messages.get(0))).excerpt()).contains("/cause");
    assertThat(argument(messages.get(1))).isInstanceOf(JsonHubCodec.Malformed.class);
  }

  @Test
  void requestsAreWrittenWithTheirRequestId() {
    ByteBuffer out =
        protocol.writeMessage(
            new InvocationMessage(
                null,
                "1",
                "MakeCall",
                new Object[] {new CstaHubProtocol.Outgoing(MakeCall.of("100", "200"), "req-9")},
                null));
    assertThat(StandardCharsets.UTF_8.decode(out).toString())
        .isEqualTo(
            "{\"type\":1,\"invocationId\":\"1\",\"target\":\"MakeCall\",\"arguments\":[{\"callingDevice\":\"100\","
                + "\"calledDirectoryNumber\":\"200\",\"privateData\":{\"requestId\":\"req-9\"}}]}\u001e");
  }

  private String write(String invocationId, String target, Object request) {
    return StandardCharsets.UTF_8
        .decode(
            protocol.writeMessage(
                new InvocationMessage(
                    null,
                    invocationId,
                    target,
                    new Object[] {
                      new CstaHubProtocol.Outgoing((org.csta4j.model.CstaRequest<?>) request, "r")
                    },
                    null)))
        .toString();
  }

  private static Exception problemOf(JsonHubCodec.Outcome outcome) {
    JsonHubCodec.Malformed problem = outcome.problem();
    if (problem == null) {
      throw new AssertionError("no problem in the outcome of " + outcome.requestId());
    }
    return problem.problem();
  }

  private @Nullable Object result(HubMessage completion) {
    return ((CstaHubProtocol.Result) ((CompletionMessage) completion).getResult()).outcome.result();
  }

  @Test
  void rawRequestsGoOutAsTheirPayloadAndTheirResultsComeBackRaw() {
    assertThat(write("7", "ParkCall", RawRequest.of("ParkCall", "{\"device\": \"100\"}")))
        .isEqualTo(
            "{\"type\":1,\"invocationId\":\"7\",\"target\":\"ParkCall\",\"arguments\":[{\"device\":\"100\","
                + "\"privateData\":{\"requestId\":\"r\"}}]}\u001e");
    write("8", "ParkCall", RawRequest.of("ParkCall", "{}"));
    write("9", "ParkCall", RawRequest.of("ParkCall", "{}"));
    // a raw request to a modelled method is still answered raw
    write("10", "ClearConnection", RawRequest.of("ClearConnection", "{}"));

    // after the first record, so that the result is cut from the middle of the frame
    List<HubMessage> messages =
        parse(
            "{\"type\":6}\u001e"
                + "{\"type\":3,\"invocationId\":\"7\",\"result\":{\"parkedAt\": \"700\",\"fee\":2.50}}\u001e"
                + "{\"type\":3,\"invocationId\":\"8\",\"result\":null}\u001e"
                + "{\"type\":3,\"invocationId\":\"9\",\"result\":{\"CSTAErrorCode\":{\"operation\":\"generic\"}}}\u001e"
                + "{\"type\":3,\"invocationId\":\"10\",\"result\":\"done\"}\u001e");

    assertThat(result(messages.get(1)))
        .isEqualTo(RawResponse.of("ParkCall", RawJson.of("{\"parkedAt\":\"700\",\"fee\":2.50}")));
    assertThat(result(messages.get(2))).isEqualTo(RawResponse.empty("ParkCall"));
    assertThat(result(messages.get(3)))
        .isInstanceOfSatisfying(
            UniversalFailure.class, f -> assertThat(f.errorValue()).isEqualTo("generic"));
    assertThat(result(messages.get(4)))
        .isEqualTo(RawResponse.of("ClearConnection", RawJson.of("\"done\"")));
  }

  @Test
  void aMalformedRawPayloadLeavesNoInvocationOutstanding() {
    RawRequest bad = RawRequest.of("ParkCall", "{\"device\":");
    assertThatThrownBy(() -> write("11", "ParkCall", bad))
        .isInstanceOf(org.csta4j.json.CstaCodecException.class)
        .hasMessageStartingWith("ParkCall: malformed raw payload");
    // its completion, if one came, is not ours
    assertThat(parse("{\"type\":3,\"invocationId\":\"11\",\"result\":{}}\u001e")).isEmpty();
  }

  private static JsonHubCodec.Malformed malformedIn(HubMessage m) {
    assertThat(m).isInstanceOf(InvocationMessage.class);
    assertThat(((InvocationMessage) m).getTarget()).isEqualTo(CstaHubProtocol.EVENT_TARGET);
    Object a = argument(m);
    assertThat(a).isInstanceOf(JsonHubCodec.Malformed.class);
    return (JsonHubCodec.Malformed) a;
  }

  @Test
  void aTrailingRecordWithoutItsTerminatorIsReportedAndTheRecordsBeforeItStay() {
    List<HubMessage> messages =
        parse(
            "{\"type\":1,\"target\":\"Parked\",\"arguments\":[{\"x\":1}]}\u001e"
                + "{\"type\":1,\"target\":\"Delivered\",\"arguments\":[{\"cause\":\"newCall\"}]}");

    assertThat(messages).hasSize(2);
    assertThat(argument(messages.get(0))).isInstanceOf(UnknownEvent.class);
    JsonHubCodec.Malformed cut = malformedIn(messages.get(1));
    assertThat(cut.name()).isEqualTo("message");
    assertThat(cut.excerpt()).startsWith("{\"type\":1,\"target\":\"Delivered\"");
    assertThat(cut.problem())
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("without its 0x1E terminator");
  }

  @Test
  void aMessageThatIsOnlyAnUnterminatedRecordIsReportedToo() {
    List<HubMessage> messages = parse("{\"type\":6}");
    assertThat(messages).hasSize(1);
    assertThat(malformedIn(messages.get(0)).problem()).hasMessageContaining("0x1E");
  }

  @Test
  void whitespaceAfterTheLastTerminatorIsNothing() {
    assertThat(parse("{\"type\":6}\u001e\r\n ")).hasSize(1).allMatch(m -> m instanceof PingMessage);
  }

  @Test
  void anEventInvocationWithEmptyOrMissingArgumentsIsReportedNotDropped() {
    List<HubMessage> messages =
        parse(
            "{\"type\":1,\"target\":\"Delivered\",\"arguments\":[]}\u001e"
                + "{\"type\":1,\"target\":\"Delivered\"}\u001e"
                + "{\"type\":1,\"arguments\":[{\"x\":1}]}\u001e");

    assertThat(messages).hasSize(3);
    for (HubMessage m : messages.subList(0, 2)) {
      JsonHubCodec.Malformed report = malformedIn(m);
      assertThat(report.name()).isEqualTo("Delivered");
      assertThat(report.problem())
          .isInstanceOf(ProtocolException.class)
          .hasMessage("Delivered: an event invocation without arguments");
    }
    assertThat(malformedIn(messages.get(2)).problem()).hasMessage("an invocation without a target");
  }

  @Test
  void messageTypesThisClientNeverAsksForAreReported() {
    List<HubMessage> messages =
        parse(
            "{\"type\":2,\"invocationId\":\"1\",\"item\":1}\u001e"
                + "{\"type\":4,\"invocationId\":\"2\",\"target\":\"x\",\"arguments\":[]}\u001e"
                + "{\"type\":42}\u001e{\"target\":\"x\"}\u001e");
    assertThat(messages).hasSize(4);
    assertThat(malformedIn(messages.get(0)).problem()).hasMessage("unexpected hub message type 2");
    assertThat(malformedIn(messages.get(1)).problem()).hasMessage("unexpected hub message type 4");
    assertThat(malformedIn(messages.get(2)).problem()).hasMessage("unexpected hub message type 42");
    assertThat(malformedIn(messages.get(3)).problem()).hasMessage("a hub message without a type");
  }

  private static InvocationMessage makeCall(String invocationId, String target, String requestId) {
    return new InvocationMessage(
        null,
        invocationId,
        target,
        new Object[] {new CstaHubProtocol.Outgoing(MakeCall.of("100", "200"), requestId)},
        null);
  }

  private static JsonHubCodec.Outcome outcome(HubMessage completion) {
    assertThat(completion).isInstanceOf(CompletionMessage.class);
    return ((CstaHubProtocol.Result) ((CompletionMessage) completion).getResult()).outcome;
  }

  @Test
  void aResultThatCannotBeDecodedIsATypedProblemOfItsRequestNotAClassCastLater() {
    protocol.writeMessage(makeCall("20", "MakeCall", "mc-20"));
    protocol.writeMessage(makeCall("21", "MakeCall", "mc-21"));

    List<HubMessage> messages =
        parse(
            "{\"type\":3,\"invocationId\":\"20\",\"result\":\"a call, maybe\"}\u001e"
                + "{\"type\":3,\"invocationId\":\"21\",\"result\":{\"callingDevice\":}\u001e");

    assertThat(messages).hasSize(2);
    JsonHubCodec.Outcome undecodable = outcome(messages.get(0));
    assertThat(undecodable.result()).isNull();
    assertThat(undecodable.requestId()).isEqualTo("mc-20");
    assertThat(problemOf(undecodable))
        .isInstanceOf(ProtocolException.class)
        .hasMessageStartingWith(
            "MakeCall (request mc-20): expected a MakeCallResponse, but the gateway's result could"
                + " not be decoded: ");
    // not even JSON: the completion is still this request's, and fails it
    JsonHubCodec.Outcome unreadable = outcome(messages.get(1));
    assertThat(unreadable.requestId()).isEqualTo("mc-21");
    assertThat(problemOf(unreadable))
        .isInstanceOf(ProtocolException.class)
        .hasMessageStartingWith(
            "MakeCall (request mc-21): expected a MakeCallResponse, but its completion could not"
                + " be read: ");
  }

  @Test
  void aResultThatDecodesAsAnotherTypeIsATypedProblemNamingBothTypes() {
    // a MakeCall that went out under another method's name: its answer decodes as that one's
    protocol.writeMessage(makeCall("30", "GetDoNotDisturb", "mc-30"));

    JsonHubCodec.Outcome o =
        outcome(
            parse("{\"type\":3,\"invocationId\":\"30\",\"result\":{\"doNotDisturbOn\":true}}\u001e")
                .get(0));

    assertThat(problemOf(o))
        .isInstanceOf(ProtocolException.class)
        .hasMessage(
            "GetDoNotDisturb (request mc-30): expected a MakeCallResponse, but the gateway's result"
                + " is a GetDoNotDisturbResponse");
  }
}

package org.csta4j.transport.signalr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.signalr.CompletionMessage;
import com.microsoft.signalr.HubMessage;
import com.microsoft.signalr.InvocationBinder;
import com.microsoft.signalr.InvocationMessage;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.csta4j.json.CstaCodec;
import org.csta4j.model.ClearConnectionResponse;
import org.csta4j.model.DeliveredEvent;
import org.csta4j.model.MakeCall;
import org.csta4j.model.RawJson;
import org.csta4j.model.RawRequest;
import org.csta4j.model.RawResponse;
import org.csta4j.model.UniversalFailure;
import org.csta4j.model.UnknownEvent;
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
    assertThat(((CstaHubProtocol.Result) result).message).isEqualTo(ClearConnectionResponse.of());
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
        new CstaHubProtocol(
            CstaCodec.create(), (requestId, method, result) -> direct.add(requestId));
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
    assertThat(argument(forClient.get(1))).isInstanceOf(CstaHubProtocol.Malformed.class);
    CstaHubProtocol.Ordered twin = (CstaHubProtocol.Ordered) argument(forClient.get(2));
    assertThat(twin.requestId).isEqualTo("req-4");
    assertThat(twin.result).isEqualTo(ClearConnectionResponse.of());
    Object completion = ((CompletionMessage) forClient.get(3)).getResult();
    assertThat(((CstaHubProtocol.Result) completion).ordered).isTrue();

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
    assertThat(((CstaHubProtocol.Result) ((CompletionMessage) next.get(0)).getResult()).ordered)
        .isFalse();
  }

  @Test
  void aBadEventIsReportedAndTheRestOfTheFrameStillArrives() {
    List<HubMessage> messages =
        parse(
            "{\"type\":1,\"target\":\"Delivered\",\"arguments\":[{\"cause\":\"nope\"}]}\u001e"
                + "{not json\u001e{\"type\":6}\u001e");
    assertThat(messages).hasSize(3);
    assertThat(argument(messages.get(0))).isInstanceOf(CstaHubProtocol.Malformed.class);
    assertThat(((CstaHubProtocol.Malformed) argument(messages.get(0))).excerpt).contains("/cause");
    assertThat(argument(messages.get(1))).isInstanceOf(CstaHubProtocol.Malformed.class);
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

  private Object result(HubMessage completion) {
    return ((CstaHubProtocol.Result) ((CompletionMessage) completion).getResult()).message;
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
}

package org.csta4j.transport.signalr;

import static org.assertj.core.api.Assertions.assertThat;

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
}

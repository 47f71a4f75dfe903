package org.csta4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SignalR protocol cases the official clients do not produce, over real sockets. */
class ProtocolEdgeTest {
  private static final String RS = String.valueOf(RawSignalRClient.RS);
  private static final String LOGIN = RawSignalRClient.DEMO_LOGIN;

  private static CstaSimulator sim;

  @BeforeAll
  static void start() {
    sim = CstaSimulator.demo().handshakeTimeout(Duration.ofSeconds(4)).start();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @Test
  void negotiateVersionsZeroAndOneWithAnEmptyBody() throws Exception {
    HttpResponse<String> v1 = RawSignalRClient.negotiate(sim.hubUrl(), "?negotiateVersion=1");
    assertThat(v1.statusCode()).isEqualTo(200);
    assertThat(v1.headers().firstValue("content-type"))
        .hasValueSatisfying(v -> assertThat(v).contains("application/json"));
    assertThat(v1.body())
        .contains("\"connectionToken\"", "\"negotiateVersion\":1", "\"transport\":\"WebSockets\"")
        .contains("\"Text\",\"Binary\"");

    HttpResponse<String> v0 = RawSignalRClient.negotiate(sim.hubUrl(), "");
    assertThat(v0.body()).contains("\"connectionId\"").doesNotContain("connectionToken");
    String id = v0.body().replaceAll(".*\"connectionId\":\"([^\"]+)\".*", "$1");
    try (RawSignalRClient c = RawSignalRClient.open(RawSignalRClient.wsUrl(sim.hubUrl(), id))) {
      c.handshake();
    }
  }

  @Test
  void unknownIdIs404AndASecondSocketIs409() throws Exception {
    assertThatThrownBy(() -> RawSignalRClient.open(RawSignalRClient.wsUrl(sim.hubUrl(), "nope")))
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOfSatisfying(
            WebSocketHandshakeException.class,
            e -> assertThat(e.getResponse().statusCode()).isEqualTo(404));

    String body = RawSignalRClient.negotiate(sim.hubUrl(), "?negotiateVersion=1").body();
    String token = body.replaceAll(".*\"connectionToken\":\"([^\"]+)\".*", "$1");
    try (RawSignalRClient first =
        RawSignalRClient.open(RawSignalRClient.wsUrl(sim.hubUrl(), token))) {
      assertThatThrownBy(() -> RawSignalRClient.open(RawSignalRClient.wsUrl(sim.hubUrl(), token)))
          .cause()
          .isInstanceOfSatisfying(
              WebSocketHandshakeException.class,
              e -> assertThat(e.getResponse().statusCode()).isEqualTo(409));
      first.handshake();
    }
  }

  @Test
  void aCloseWithAnErrorLeavesAfterEveryRecordQueuedBeforeItHoweverSlowTheReader()
      throws Exception {
    try (RawSignalRClient c = RawSignalRClient.connect(sim.hubUrl()).handshake()) {
      c.text(LOGIN + RS);
      assertThat(c.next()).contains("\"type\":3", "\"invocationId\":\"1\"");
      c.pause();
      // 16 MB: more than the socket buffers take, so that most of it waits in the server's queue
      String pad = "x".repeat(1000);
      int n = 16_000;
      for (int i = 0; i < n; i++) {
        sim.faults().sendUnknownEvent("Filler", "{\"n\":" + i + ",\"pad\":\"" + pad + "\"}");
      }
      sim.faults().closeAllConnectionsWithError("maintenance window");
      c.resume();
      for (int i = 0; i < n; i++) {
        assertThat(c.next()).as("record %d", i).contains("\"n\":" + i + ",");
      }
      assertThat(c.next()).contains("\"type\":7", "maintenance window");
      assertThat(c.closed.get(10, TimeUnit.SECONDS)).isEqualTo(1000);
    }
  }

  @Test
  void handshakeWithAnUnknownProtocolGetsAnErrorAndAClose() throws Exception {
    try (RawSignalRClient c = RawSignalRClient.connect(sim.hubUrl())) {
      c.text("{\"protocol\":\"messagepack\",\"version\":1}" + RS);
      assertThat(c.next()).startsWith("{\"error\":").contains("messagepack");
      assertThat(c.closed.get(10, TimeUnit.SECONDS)).isEqualTo(1000);
    }
  }

  @Test
  void severalMessagesInOneFrameAndAMessageSplitOverFrames() throws Exception {
    try (RawSignalRClient c = RawSignalRClient.connect(sim.hubUrl())) {
      // handshake, a ping and the login in one frame
      c.text("{\"protocol\":\"json\",\"version\":1}" + RS + "{\"type\":6}" + RS + LOGIN + RS);
      assertThat(c.next()).isEqualTo("{}");
      assertThat(c.next()).contains("\"invocationId\":\"1\"", "sessionID");
      // one invocation split over three frames, text and binary mixed
      String monitor =
          "{\"type\":1,\"invocationId\":\"2\",\"target\":\"MonitorStart\",\"arguments\":[{\"monitorObject\":{\"deviceObject\":\"100\"}}]}"
              + RS;
      c.text(monitor.substring(0, 10));
      c.binary(monitor.substring(10, 40));
      c.text(monitor.substring(40));
      assertThat(c.next()).contains("\"invocationId\":\"2\"", "monitorCrossRefID");
    }
  }

  @Test
  void binaryFramesAsTheJavaClientSendsThem() throws Exception {
    try (RawSignalRClient c = RawSignalRClient.connect(sim.hubUrl())) {
      c.binary("{\"protocol\":\"json\",\"version\":1}" + RS);
      assertThat(c.next()).isEqualTo("{}");
      c.binary(LOGIN + RS);
      assertThat(c.next()).contains("sessionID");
    }
  }

  @Test
  void unknownMethodIsACompletionErrorAndTheConnectionStays() throws Exception {
    try (RawSignalRClient c = RawSignalRClient.connect(sim.hubUrl()).handshake()) {
      c.text("{\"type\":1,\"invocationId\":\"7\",\"target\":\"Nope\",\"arguments\":[]}" + RS);
      assertThat(c.next())
          .isEqualTo("{\"type\":3,\"invocationId\":\"7\",\"error\":\"Unknown hub method 'Nope'\"}");
      c.text("{\"type\":1,\"target\":\"Nope\",\"arguments\":[]}" + RS); // no id: no answer
      c.text(LOGIN + RS);
      assertThat(c.next()).contains("\"invocationId\":\"1\"", "sessionID");
    }
  }

  @Test
  void headersAreIgnored() throws Exception {
    try (RawSignalRClient c = RawSignalRClient.connect(sim.hubUrl()).handshake()) {
      c.text(LOGIN.replace("{\"type\":1,", "{\"type\":1,\"headers\":{\"a\":\"b\"},") + RS);
      assertThat(c.next()).contains("sessionID").doesNotContain("headers");
    }
  }

  @Test
  void aOneMegabyteArgumentIsAnsweredAndTheConnectionStays() throws Exception {
    try (RawSignalRClient c = RawSignalRClient.connect(sim.hubUrl()).handshake()) {
      c.text(LOGIN + RS);
      assertThat(c.next()).contains("sessionID");
      String big = "1".repeat(1_000_000);
      c.text(
          "{\"type\":1,\"invocationId\":\"9\",\"target\":\"MakeCall\",\"arguments\":[{\"callingDevice\":\""
              + big
              + "\",\"calledDirectoryNumber\":\"101\"}]}"
              + RS);
      String answer = c.next();
      assertThat(answer).startsWith("{\"type\":3,\"invocationId\":\"9\"").contains("CSTAErrorCode");
      assertThat(answer.length()).isLessThan(1000);
      c.text(
          "{\"type\":1,\"invocationId\":\"10\",\"target\":\"GetDoNotDisturb\",\"arguments\":[{\"device\":\"100\"}]}"
              + RS);
      assertThat(c.next()).contains("\"invocationId\":\"10\"", "doNotDisturbOn");
    }
  }

  @Test
  void missingHandshakeTimesOut() throws Exception {
    try (RawSignalRClient c = RawSignalRClient.connect(sim.hubUrl())) {
      assertThat(c.closed.get(10, TimeUnit.SECONDS)).isNotNull();
    }
  }

  @Test
  void onlyTheHubIsServed() throws Exception {
    assertThat(
            RawSignalRClient.HTTP
                .send(
                    java.net.http.HttpRequest.newBuilder(sim.hubUrl().resolve("/other")).build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode())
        .isEqualTo(404);
  }
}

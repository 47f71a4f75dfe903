package org.csta4j.examples.springclicktodial;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.csta4j.simulator.CstaSimulator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a free port, against an embedded gateway on another: a call placed over
 * REST shows up as Delivered on the called device's event stream, read over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class SpringClickToDialTest {
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  static final CstaSimulator GATEWAY =
      CstaSimulator.builder()
          .user("crm", "s3cret", "pbx.example")
          .device("100")
          .device("101")
          .start();

  @DynamicPropertySource
  static void gateway(DynamicPropertyRegistry properties) {
    properties.add("csta.gateway", () -> GATEWAY.hubUrl().toString());
    properties.add("csta.username", () -> "crm");
    properties.add("csta.password", () -> "s3cret");
    properties.add("csta.pbx-domain", () -> "pbx.example");
  }

  /** The gateway closes with the context, after the session (not before: it would reconnect). */
  @TestConfiguration(proxyBeanMethods = false)
  static class Gateway {
    @Bean(destroyMethod = "close")
    CstaSimulator gateway() {
      return GATEWAY;
    }
  }

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aPlacedCallIsDeliveredOnTheCalledDevicesStream() throws Exception {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    CompletableFuture<HttpResponse<Stream<String>>> stream =
        http.sendAsync(
            HttpRequest.newBuilder(url("/devices/101/events"))
                .header("Accept", "text/event-stream")
                .build(),
            HttpResponse.BodyHandlers.ofLines());
    HttpResponse<Stream<String>> events = stream.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    assertThat(events.statusCode()).isEqualTo(200);
    assertThat(events.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("text/event-stream"));
    Thread reader = new Thread(() -> events.body().forEach(lines::add), "sse-reader");
    reader.setDaemon(true);
    reader.start();
    nextEvent(lines, "monitoring"); // the stream listens from here on

    HttpResponse<String> placed =
        http.send(
            HttpRequest.newBuilder(url("/calls"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"from\":\"100\",\"to\":\"101\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(placed.statusCode()).isEqualTo(200);
    Matcher id = Pattern.compile("\"callId\":\"([^\"]+)\"").matcher(placed.body());
    assertThat(id.find()).as(placed.body()).isTrue();
    String callId = id.group(1);
    assertThat(GATEWAY.pbx().connections("101"))
        .anySatisfy(c -> assertThat(c.callId()).hasValue(callId));

    String delivered = nextEvent(lines, "Delivered");
    assertThat(delivered).contains("\"type\":\"Delivered\"").contains("\"device\":\"101\"");
    events.body().close(); // ends the request: the server need not wait for it at shutdown
  }

  /** {@return the data line of the next event of this name}, skipping others; fails past PATIENCE */
  private static String nextEvent(BlockingQueue<String> lines, String name) throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    boolean named = false;
    while (true) {
      String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      assertThat(line).as("an event '" + name + "' within " + PATIENCE).isNotNull();
      if (line.equals("event:" + name)) {
        named = true;
      } else if (named && line.startsWith("data:")) {
        return line;
      }
    }
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }
}

package org.csta4j.session.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.csta4j.model.LocalConnectionState;
import org.csta4j.session.MonitorState;
import org.csta4j.session.SessionState;
import org.junit.jupiter.api.Test;

/**
 * The state machines as tables: the code's tables and those in {@code docs/session-states.md} agree
 * row for row, every move outside them throws, and the handle's moves keep its cross reference id
 * in step.
 */
class StateTablesTest {
  private static final Path DOC = Path.of("..", "docs", "session-states.md");

  @Test
  void theSessionTableIsTheDocumentedOne() throws IOException {
    assertThat(pairs(SessionStates.ALLOWED))
        .containsExactlyInAnyOrderElementsOf(documented("## Session transitions"));
  }

  @Test
  void theMonitorTableIsTheDocumentedOne() throws IOException {
    assertThat(pairs(MonitorHandle.ALLOWED))
        .containsExactlyInAnyOrderElementsOf(documented("## Monitor handle transitions"));
  }

  @Test
  void everySessionMoveOutsideTheTableThrowsAndChangesNothing() {
    assertThat(SessionStates.ALLOWED).as("a row per state").containsKeys(SessionState.values());
    SessionConfig config = config();
    for (SessionState from : SessionState.values()) {
      for (SessionState to : SessionState.values()) {
        boolean allowed = SessionStates.ALLOWED.getOrDefault(from, Set.of()).contains(to);
        assertThat(SessionStates.allowed(from, to)).isEqualTo(allowed);
        if (!allowed) {
          SessionStates states = new SessionStates(new Notifier(config, new Dispatcher(config)));
          assertThatThrownBy(() -> states.move(from, to, null))
              .isInstanceOf(IllegalStateException.class)
              .hasMessage("session: no transition " + from + " -> " + to);
          assertThat(states.state()).isEqualTo(SessionState.CONNECTING);
        }
      }
    }
    assertThat(SessionStates.ALLOWED.get(SessionState.CLOSED)).as("CLOSED is final").isEmpty();
  }

  @Test
  void aHandleIsActiveOnlyWithACrossReferenceAndLosesItWhenLeaving() {
    SessionConfig config = config();
    MonitorHandle h =
        new MonitorHandle(
            "100", new NoOwner(), new Notifier(config, new Dispatcher(config)), config);
    assertThat(h.state()).isEqualTo(MonitorState.SUSPENDED);
    assertThat(h.crossRefId()).isEmpty();
    h.activate("x1");
    assertThat(h.crossRefId()).isEqualTo("x1");
    assertThatThrownBy(() -> h.activate("x2"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("monitor 100: no transition ACTIVE -> ACTIVE");
    assertThatThrownBy(h::lose).hasMessage("monitor 100: no transition ACTIVE -> LOST");
    h.suspend();
    assertThat(h.state()).isEqualTo(MonitorState.SUSPENDED);
    assertThat(h.crossRefId()).as("died with its connection").isEmpty();
    h.suspend(); // no-op unless ACTIVE
    h.lose();
    assertThat(h.state()).isEqualTo(MonitorState.LOST);
    h.activate("x3");
    assertThat(h.crossRefId()).isEqualTo("x3");
    h.stopLocally();
    h.stopLocally(); // idempotent
    assertThat(h.state()).isEqualTo(MonitorState.STOPPED);
    assertThatThrownBy(() -> h.activate("x4"))
        .hasMessage("monitor 100: no transition STOPPED -> ACTIVE");
    assertThat(MonitorHandle.ALLOWED).as("a row per state").containsKeys(MonitorState.values());
    for (MonitorState from : MonitorState.values()) {
      for (MonitorState to : MonitorState.values()) {
        assertThat(MonitorHandle.allowed(from, to))
            .isEqualTo(MonitorHandle.ALLOWED.getOrDefault(from, Set.of()).contains(to));
      }
    }
  }

  private static SessionConfig config() {
    return SessionConfig.builder()
        .transportFactory(new org.csta4j.transport.testing.InMemoryTransportFactory())
        .transportConfig(
            org.csta4j.transport.TransportConfig.builder(
                    java.net.URI.create("memory://tables"), Runnable::run)
                .build())
        .userId("u")
        .password(new char[0])
        .pbxDomain("p")
        .applicationId("tables")
        .sessionDuration(java.time.Duration.ofMinutes(2))
        .keepaliveInterval(java.time.Duration.ofMinutes(1))
        .requestTimeout(java.time.Duration.ofSeconds(10))
        .closeTimeout(java.time.Duration.ofSeconds(2))
        .reconnectPolicy(org.csta4j.session.ReconnectPolicy.defaults())
        .clock(java.time.Clock.systemUTC())
        .random(new java.util.Random(1))
        .dispatchCapacity(100)
        .subscriberBuffer(100)
        .slowListenerThreshold(java.time.Duration.ofSeconds(1))
        .callTracking(true)
        .codec(org.csta4j.json.CstaCodec.standard())
        .executor(Runnable::run)
        .ioExecutor(Runnable::run)
        .scheduler((delay, task) -> () -> {})
        .name("tables")
        .build();
  }

  /** A handle's owner these tests never reach. */
  private static final class NoOwner implements MonitorHandle.Owner {
    @Override
    public CompletableFuture<Void> stop(MonitorHandle handle) {
      throw new AssertionError("not stopped through its owner here");
    }

    @Override
    public Map<String, LocalConnectionState> calls(String device) {
      throw new AssertionError("no calls asked for here");
    }
  }

  private static <S extends Enum<S>> List<String> pairs(Map<S, ? extends Set<S>> table) {
    List<String> all = new ArrayList<>();
    table.forEach((from, tos) -> tos.forEach(to -> all.add(from + " -> " + to)));
    return all;
  }

  /** The {@code | from | to | ...} rows of the doc's table under {@code heading}. */
  private static Set<String> documented(String heading) throws IOException {
    List<String> lines = Files.readAllLines(DOC);
    int start = lines.indexOf(heading);
    assertThat(start).as(heading + " in " + DOC).isNotNegative();
    Set<String> rows = new HashSet<>();
    for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
      String[] cells = lines.get(i).split("\\|", -1);
      if (cells.length > 3
          && cells[1].trim().matches("[A-Z]+")
          && cells[2].trim().matches("[A-Z]+")) {
        rows.add(cells[1].trim() + " -> " + cells[2].trim());
      }
    }
    assertThat(rows).as("rows under " + heading).isNotEmpty();
    return rows;
  }
}

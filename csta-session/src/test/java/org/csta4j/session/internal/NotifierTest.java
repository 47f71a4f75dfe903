package org.csta4j.session.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.csta4j.session.SessionListener;
import org.csta4j.session.SessionState;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class NotifierTest {
  static class Requests implements SessionListener {
    @Override
    public void onRequestCompleted(String service, Duration took, @Nullable Throwable failure) {}
  }

  static final class Inherits extends Requests {}

  static final class StatesOnly implements SessionListener {
    @Override
    public void onStateChanged(SessionState from, SessionState to, @Nullable Throwable cause) {}
  }

  @Test
  void onlyAListenerThatOverridesOnRequestCompletedIsToldOfRequests() {
    assertThat(Notifier.hearsRequests(new SessionListener() {})).isFalse();
    assertThat(Notifier.hearsRequests(new StatesOnly())).isFalse();
    assertThat(Notifier.hearsRequests(new Requests())).isTrue();
    assertThat(Notifier.hearsRequests(new Inherits())).isTrue();
  }
}

package org.csta4j.model;

import org.immutables.value.Value;

/** The gateway ended the session on its own, e.g. because its timer expired (ECMA-354). */
@Value.Immutable
public interface ApplicationSessionTerminated extends CstaEvent {
  String sessionId();

  SessionTermReason sessionTermReason();

  static ApplicationSessionTerminated of(String sessionId, SessionTermReason reason) {
    return builder().sessionId(sessionId).sessionTermReason(reason).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ApplicationSessionTerminated}. */
  class Builder extends ImmutableApplicationSessionTerminated.Builder {}
}

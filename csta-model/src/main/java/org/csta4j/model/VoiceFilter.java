package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code voice} group of a {@link MonitorFilter} (schema {@code VoiceEvents}): voice unit
 * events. A flag set to {@code true} filters that event <em>out</em>; absent or {@code false} lets
 * it through.
 */
@Value.Immutable
public interface VoiceFilter extends Extensible {
  Optional<Boolean> bookmarkReached();

  Optional<Boolean> completed();

  Optional<Boolean> dtmfDetected();

  Optional<Boolean> emptied();

  Optional<Boolean> interruptionDetected();

  Optional<Boolean> notRecognized();

  Optional<Boolean> play();

  Optional<Boolean> recognized();

  Optional<Boolean> record();

  Optional<Boolean> review();

  Optional<Boolean> started();

  Optional<Boolean> silenceTimeoutExpired();

  Optional<Boolean> speechDetected();

  Optional<Boolean> stop();

  Optional<Boolean> suspendPlay();

  Optional<Boolean> suspendRecord();

  /** {@code true} suppresses VoiceAttributeChanged events. */
  Optional<Boolean> voiceAttributesChanged();

  Optional<Boolean> voiceErrorOccurred();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VoiceFilter}. */
  class Builder extends ImmutableVoiceFilter.Builder {}
}

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
  /**
   * {@return whether BookmarkReached events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them}
   */
  Optional<Boolean> bookmarkReached();

  /**
   * {@return whether Completed events are filtered out: {@code true} suppresses them, {@code false}
   * or empty reports them}
   */
  Optional<Boolean> completed();

  /**
   * {@return whether DtmfDetected events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them}
   */
  Optional<Boolean> dtmfDetected();

  /**
   * {@return whether Emptied events are filtered out: {@code true} suppresses them, {@code false}
   * or empty reports them}
   */
  Optional<Boolean> emptied();

  /**
   * {@return whether InterruptionDetected events are filtered out: {@code true} suppresses them,
   * {@code false} or empty reports them}
   */
  Optional<Boolean> interruptionDetected();

  /**
   * {@return whether NotRecognized events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them}
   */
  Optional<Boolean> notRecognized();

  /**
   * {@return whether Play events are filtered out: {@code true} suppresses them, {@code false} or
   * empty reports them}
   */
  Optional<Boolean> play();

  /**
   * {@return whether Recognized events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them}
   */
  Optional<Boolean> recognized();

  /**
   * {@return whether Record events are filtered out: {@code true} suppresses them, {@code false} or
   * empty reports them}
   */
  Optional<Boolean> record();

  /**
   * {@return whether Review events are filtered out: {@code true} suppresses them, {@code false} or
   * empty reports them}
   */
  Optional<Boolean> review();

  /**
   * {@return whether Started events are filtered out: {@code true} suppresses them, {@code false}
   * or empty reports them}
   */
  Optional<Boolean> started();

  /**
   * {@return whether SilenceTimeoutExpired events are filtered out: {@code true} suppresses them,
   * {@code false} or empty reports them}
   */
  Optional<Boolean> silenceTimeoutExpired();

  /**
   * {@return whether SpeechDetected events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them}
   */
  Optional<Boolean> speechDetected();

  /**
   * {@return whether Stop events are filtered out: {@code true} suppresses them, {@code false} or
   * empty reports them}
   */
  Optional<Boolean> stop();

  /**
   * {@return whether SuspendPlay events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them}
   */
  Optional<Boolean> suspendPlay();

  /**
   * {@return whether SuspendRecord events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them}
   */
  Optional<Boolean> suspendRecord();

  /**
   * {@return whether VoiceAttributeChanged events are filtered out: {@code true} suppresses them,
   * {@code false} or empty reports them}
   */
  Optional<Boolean> voiceAttributesChanged();

  /**
   * {@return whether VoiceErrorOccurred events are filtered out: {@code true} suppresses them,
   * {@code false} or empty reports them}
   */
  Optional<Boolean> voiceErrorOccurred();

  /**
   * {@return a new, empty builder of {@link VoiceFilter}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VoiceFilter}. */
  class Builder extends ImmutableVoiceFilter.Builder {}
}

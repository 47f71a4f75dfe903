package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code callcontrol} group of a {@link MonitorFilter} (schema {@code CallControlEvents}): call
 * control events (Delivered, Established, ConnectionCleared, ...). A flag set to {@code true}
 * filters that event <em>out</em>; absent or {@code false} lets it through.
 */
@Value.Immutable
public interface CallControlFilter extends Extensible {
  /**
   * {@return whether Bridged events are filtered out: {@code true} suppresses them, {@code false}
   * or empty reports them}
   */
  Optional<Boolean> bridged();

  /**
   * {@return whether CallCleared events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them}
   */
  Optional<Boolean> callCleared();

  /**
   * {@return whether Conferenced events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them}
   */
  Optional<Boolean> conferenced();

  /**
   * {@return whether ConnectionCleared events are filtered out: {@code true} suppresses them,
   * {@code false} or empty reports them}
   */
  Optional<Boolean> connectionCleared();

  /**
   * {@return whether Delivered events are filtered out: {@code true} suppresses them, {@code false}
   * or empty reports them}
   */
  Optional<Boolean> delivered();

  /**
   * {@return whether DigitsDialed events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them}
   */
  Optional<Boolean> digitsDialed();

  /**
   * {@return whether Diverted events are filtered out: {@code true} suppresses them, {@code false}
   * or empty reports them}
   */
  Optional<Boolean> diverted();

  /**
   * {@return whether Established events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them}
   */
  Optional<Boolean> established();

  /**
   * {@return whether Failed events are filtered out: {@code true} suppresses them, {@code false} or
   * empty reports them}
   */
  Optional<Boolean> failed();

  /**
   * {@return whether Held events are filtered out: {@code true} suppresses them, {@code false} or
   * empty reports them}
   */
  Optional<Boolean> held();

  /**
   * {@return whether NetworkCapabilitiesChanged events are filtered out: {@code true} suppresses
   * them, {@code false} or empty reports them}
   */
  Optional<Boolean> networkCapabilitiesChanged();

  /**
   * {@return whether NetworkReached events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them}
   */
  Optional<Boolean> networkReached();

  /**
   * {@return whether Offered events are filtered out: {@code true} suppresses them, {@code false}
   * or empty reports them}
   */
  Optional<Boolean> offered();

  /**
   * {@return whether Originated events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them}
   */
  Optional<Boolean> originated();

  /**
   * {@return whether Queued events are filtered out: {@code true} suppresses them, {@code false} or
   * empty reports them}
   */
  Optional<Boolean> queued();

  /**
   * {@return whether Retrieved events are filtered out: {@code true} suppresses them, {@code false}
   * or empty reports them}
   */
  Optional<Boolean> retrieved();

  /**
   * {@return whether ServiceInitiated events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them}
   */
  Optional<Boolean> serviceInitiated();

  /**
   * {@return whether Transfered events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them} The event's wire name has one r, the flag's two.
   */
  Optional<Boolean> transferred();

  /**
   * {@return a new, empty builder of {@link CallControlFilter}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CallControlFilter}. */
  class Builder extends ImmutableCallControlFilter.Builder {}
}

package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code mediaAttachment} group of a {@link MonitorFilter} (schema {@code
 * MediaAttachmentEvents}): media attachment events. A flag set to {@code true} filters that event
 * <em>out</em>; absent or {@code false} lets it through.
 */
@Value.Immutable
public interface MediaAttachmentFilter extends Extensible {
  /**
   * {@return whether MediaAttached events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them}
   */
  Optional<Boolean> mediaAttached();

  /**
   * {@return whether MediaDetached events are filtered out: {@code true} suppresses them, {@code
   * false} or empty reports them}
   */
  Optional<Boolean> mediaDetached();

  /**
   * {@return a new, empty builder of {@link MediaAttachmentFilter}} Setters reject null with a
   * {@link NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MediaAttachmentFilter}. */
  class Builder extends ImmutableMediaAttachmentFilter.Builder {}
}

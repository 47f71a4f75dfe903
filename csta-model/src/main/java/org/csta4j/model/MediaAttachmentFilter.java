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
  Optional<Boolean> mediaAttached();

  Optional<Boolean> mediaDetached();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MediaAttachmentFilter}. */
  class Builder extends ImmutableMediaAttachmentFilter.Builder {}
}

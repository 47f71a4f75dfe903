package org.csta4j.spring.boot.internal;

import io.micrometer.core.instrument.MeterRegistry;
import org.csta4j.micrometer.CstaMetrics;
import org.csta4j.session.CstaSession;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Binds each session's {@link CstaMetrics} to the application's {@link MeterRegistry}: the one
 * registry, or the primary one of several (Boot's composite, which feeds the others). Without one,
 * it binds nothing.
 */
public final class MetricsBinder implements SessionBinder {
  private final ObjectProvider<MeterRegistry> registries;
  private final String name;

  /**
   * A binder.
   *
   * @param registries where the application's registry is found, when a session connects
   * @param name the value of the meters' {@code session} tag
   */
  public MetricsBinder(ObjectProvider<MeterRegistry> registries, String name) {
    this.registries = registries;
    this.name = name;
  }

  @Override
  public AutoCloseable bind(CstaSession session) {
    MeterRegistry registry = registries.getIfUnique();
    if (registry == null) {
      return () -> {};
    }
    CstaMetrics metrics = CstaMetrics.builder(session).name(name).build();
    metrics.bindTo(registry);
    return metrics;
  }

  /** {@return what it binds} */
  @Override
  public String toString() {
    return "csta metrics (session=" + name + ")";
  }
}

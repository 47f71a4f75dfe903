package org.csta4j.session.internal;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import org.csta4j.session.Scheduler;

/**
 * What a session needs from outside, taken from its {@link SessionConfig}; the session's own
 * classes have {@code @Inject} constructors.
 */
@Module
final class CstaSessionModule {
  private CstaSessionModule() {}

  @Provides
  static Clock clock(SessionConfig config) {
    return config.clock();
  }

  @Provides
  static Scheduler scheduler(SessionConfig config) {
    return config.scheduler();
  }
}

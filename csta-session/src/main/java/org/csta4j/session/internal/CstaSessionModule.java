package org.csta4j.session.internal;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import org.csta4j.session.CstaSession;
import org.csta4j.session.Scheduler;

/**
 * What a session needs from outside, taken from its {@link SessionConfig}; the session's own
 * classes have {@code @Inject} constructors. Include it in your own component (with a bound {@link
 * SessionConfig}) if you run Dagger yourself.
 */
@Module
public abstract class CstaSessionModule {
  private CstaSessionModule() {}

  @Provides
  static Clock clock(SessionConfig config) {
    return config.clock();
  }

  @Provides
  static Scheduler scheduler(SessionConfig config) {
    return config.scheduler();
  }

  @Provides
  static CstaSession session(DefaultSession session) {
    return session;
  }
}

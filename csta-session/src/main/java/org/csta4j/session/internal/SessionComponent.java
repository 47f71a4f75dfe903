package org.csta4j.session.internal;

import dagger.BindsInstance;
import dagger.Component;

/** Builds one session's object graph. */
@SessionScope
@Component(modules = CstaSessionModule.class)
interface SessionComponent {
  /** The session of this graph. */
  DefaultSession session();

  /** Creates a component per session. */
  @Component.Factory
  interface Factory {
    SessionComponent create(@BindsInstance SessionConfig config);
  }

  /** A new session graph for {@code config}. */
  static SessionComponent create(SessionConfig config) {
    return DaggerSessionComponent.factory().create(config);
  }
}

package org.csta4j.session.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dagger.BindsInstance;
import dagger.Component;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.csta4j.json.CstaCodec;
import org.csta4j.session.ReconnectPolicy;
import org.csta4j.session.SessionState;
import org.csta4j.transport.TransportConfig;
import org.csta4j.transport.testing.InMemoryTransport;
import org.csta4j.transport.testing.InMemoryTransportFactory;
import org.junit.jupiter.api.Test;

/**
 * The module is complete: a component other than {@link SessionComponent}, over the same module and
 * a bound {@link SessionConfig}, wires a session that logs in. (Dagger is not API: this is what
 * keeps the module free of hidden dependencies on our own component.)
 */
class UserDaggerComponentTest {

  @SessionScope
  @Component(modules = CstaSessionModule.class)
  interface ApplicationComponent {
    DefaultSession session();

    DefaultSession sameSession();

    @Component.Factory
    interface Factory {
      ApplicationComponent create(@BindsInstance SessionConfig config);
    }
  }

  @Test
  void ourModuleWiresASessionInsideTheApplicationsComponent() throws Exception {
    ExecutorService pool = Executors.newCachedThreadPool();
    try (ExecutorScheduler timer = new ExecutorScheduler("user-dagger-timer")) {
      SessionConfig config =
          SessionConfig.builder()
              .transportFactory(new InMemoryTransportFactory())
              .transportConfig(TransportConfig.builder(URI.create("memory://dagger"), pool).build())
              .userId("user")
              .password("pw".toCharArray())
              .pbxDomain("pbx")
              .applicationId("app")
              .sessionDuration(Duration.ofMinutes(2))
              .keepaliveInterval(Duration.ofMinutes(1))
              .requestTimeout(Duration.ofSeconds(10))
              .closeTimeout(Duration.ofSeconds(2))
              .slowListenerThreshold(Duration.ofSeconds(1))
              .callTracking(true)
              .reconnectPolicy(ReconnectPolicy.defaults())
              .executor(pool)
              .ioExecutor(pool)
              .scheduler(timer)
              .clock(Clock.systemUTC())
              .random(new Random(1))
              .dispatchCapacity(100)
              .subscriberBuffer(100)
              .codec(CstaCodec.create())
              .name("dagger-test")
              .build();
      ApplicationComponent component =
          DaggerUserDaggerComponentTest_ApplicationComponent.factory().create(config);
      DefaultSession session = component.session();
      assertThat(component.sameSession()).isSameAs(session);
      var started = session.start();
      InMemoryTransport t = InMemoryTransportFactory.awaitTransport(Duration.ofSeconds(20));
      t.awaitRequest(Duration.ofSeconds(20))
          .respond(
              org.csta4j.model.StartApplicationSessionPosResponse.builder()
                  .sessionId("s")
                  .actualSessionDuration(Duration.ofMinutes(2))
                  .build());
      assertThat(started.get(20, TimeUnit.SECONDS).state()).isEqualTo(SessionState.ACTIVE);
      assertThat(config.toString()).contains("user@pbx").doesNotContain("pw,");
      session.close();
    } finally {
      pool.shutdownNow();
    }
  }
}

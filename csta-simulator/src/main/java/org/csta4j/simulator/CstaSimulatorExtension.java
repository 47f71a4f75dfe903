package org.csta4j.simulator;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a {@link CstaSimulator} for a JUnit 5 test class and injects it into test methods and
 * constructors. With {@code @ExtendWith(CstaSimulatorExtension.class)} it runs the {@link
 * CstaSimulator#demo()} configuration on an ephemeral port; register it as a field to configure it:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final CstaSimulatorExtension SIM =
 *     new CstaSimulatorExtension(() -> CstaSimulator.demo().autoAnswerDelay(Duration.ZERO));
 *
 * @Test void call(CstaSimulator sim) { ... sim.hubUrl() ... }
 * }</pre>
 */
public final class CstaSimulatorExtension
    implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
  private final Supplier<CstaSimulator.Builder> configuration;
  private volatile @Nullable CstaSimulator simulator;

  /** The demo configuration on an ephemeral port. */
  public CstaSimulatorExtension() {
    this(CstaSimulator::demo);
  }

  /**
   * A simulator built from this configuration once per test class.
   *
   * @param configuration called once before all tests of the class; its builder is started then
   */
  public CstaSimulatorExtension(Supplier<CstaSimulator.Builder> configuration) {
    this.configuration = configuration;
  }

  /**
   * {@return the running simulator}
   *
   * @throws IllegalStateException outside the test class's run (before beforeAll, after afterAll)
   */
  public CstaSimulator simulator() {
    CstaSimulator running = simulator;
    if (running == null) {
      throw new IllegalStateException("the simulator runs only while the test class runs");
    }
    return running;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    simulator = configuration.get().start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    CstaSimulator running = simulator;
    simulator = null;
    if (running != null) {
      running.close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == CstaSimulator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return simulator();
  }
}

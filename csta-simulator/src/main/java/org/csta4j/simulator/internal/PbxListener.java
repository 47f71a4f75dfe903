package org.csta4j.simulator.internal;

import java.util.function.Function;
import org.csta4j.model.CstaEvent;

/**
 * Receives the events of the simulated {@link Pbx}, once per device that sees each event. Called
 * with the Pbx lock held, in the order the events happen; it must not call back into the Pbx.
 */
interface PbxListener {
  /**
   * {@code device} (a plain number such as {@code "100"}, or an external number) sees an event;
   * {@code event.apply(monitorCrossRefId)} builds it for one monitor and may be called any number
   * of times, from any thread, also after this method returns.
   */
  void onDeviceEvent(String device, Function<String, CstaEvent> event);
}

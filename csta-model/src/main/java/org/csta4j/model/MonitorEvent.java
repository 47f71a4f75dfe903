package org.csta4j.model;

/** An event reported on a monitor; it names the monitor by its cross reference id. */
public interface MonitorEvent extends CstaEvent {
  /**
   * {@return the {@code monitorCrossRefID} the gateway gave in its {@link MonitorStartResponse}}
   */
  String monitorCrossRefId();
}

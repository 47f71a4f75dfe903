package org.csta4j.model;

/**
 * An event the gateway pushes to the client. Events of a monitor are {@link MonitorEvent}s; an
 * event whose name the model does not know arrives as an {@link UnknownEvent}, never dropped.
 */
public interface CstaEvent extends CstaMessage {}

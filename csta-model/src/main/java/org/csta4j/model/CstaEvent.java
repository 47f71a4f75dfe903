package org.csta4j.model;

/** An event the gateway pushes to the client. */
public interface CstaEvent extends CstaMessage {}

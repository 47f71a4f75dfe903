package org.csta4j.model;

/** A positive response from the gateway to a {@link CstaRequest}. */
public interface CstaResponse extends CstaMessage {}

package org.csta4j.model;

/**
 * A positive response from the gateway to a {@link CstaRequest}. A refusal is never a response: it
 * arrives as a {@link CstaFailure}.
 */
public interface CstaResponse extends CstaMessage {}

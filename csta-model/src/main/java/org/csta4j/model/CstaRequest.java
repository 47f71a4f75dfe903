package org.csta4j.model;

/**
 * A request a client sends to the gateway, typed with its positive response, so that {@code
 * session.send(MakeCall...)} completes with a {@link MakeCallResponse}.
 *
 * @param <R> the positive response type
 */
public interface CstaRequest<R extends CstaResponse> extends CstaMessage {}

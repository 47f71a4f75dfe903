package org.csta4j.simulator.internal;

import java.util.HashMap;
import java.util.Map;
import org.csta4j.model.CstaMessage;
import org.csta4j.model.CstaRequest;
import org.jspecify.annotations.Nullable;

/**
 * The gateway's services: which handler answers each request type, and whether it needs a logged-in
 * session. Filled once, in {@link CstaGateway}; read-only afterwards, so any thread may look up.
 */
final class ServiceTable {
  private final Map<Class<?>, Service<?>> services = new HashMap<>();

  /** Answers one request type for one session; throws {@link CstaServiceException} to refuse. */
  @FunctionalInterface
  interface Handler<R extends CstaRequest<?>> {
    CstaMessage handle(R request, GatewaySession session);
  }

  /** One registered service: the request type it takes and whether it needs a login. */
  record Service<R extends CstaRequest<?>>(
      Class<R> type, boolean needsLogin, Handler<? super R> handler) {
    CstaMessage handle(CstaRequest<?> request, GatewaySession session) {
      return handler.handle(type.cast(request), session);
    }
  }

  /** Registers a service any connection may call, logged in or not. */
  <R extends CstaRequest<?>> ServiceTable beforeLogin(Class<R> type, Handler<? super R> handler) {
    return add(new Service<>(type, false, handler));
  }

  /** Registers a service that only a logged-in session may call. */
  <R extends CstaRequest<?>> ServiceTable afterLogin(Class<R> type, Handler<? super R> handler) {
    return add(new Service<>(type, true, handler));
  }

  private ServiceTable add(Service<?> service) {
    if (services.putIfAbsent(service.type(), service) != null) {
      throw new IllegalStateException(service.type().getSimpleName() + " is registered twice");
    }
    return this;
  }

  /** The service for a request type (a model interface such as {@code MakeCall}), or null. */
  @Nullable Service<?> find(Class<?> requestType) {
    return services.get(requestType);
  }
}

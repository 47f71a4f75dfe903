package org.csta4j.simulator.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the hub does with one SignalR connection's invocations; made per connection. */
interface HubConnectionHandler {
  /**
   * A client invocation. {@code arguments} are the raw JSON of each argument. When {@code
   * invocationId} is non-null the handler must answer through {@code connection} exactly once.
   */
  void onInvocation(
      HubConnection connection,
      String target,
      List<byte[]> arguments,
      @Nullable String invocationId);

  /** The connection ended (for any reason); release what belongs to it. */
  void onClose(HubConnection connection);
}

package org.csta4j.model;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * uni-tel's vendor data at a message root. Known entries are typed; every other entry is kept under
 * its wire key (with its namespace prefix, if it had one) in {@link #unknownFields()}.
 */
@Value.Immutable
public interface PrivateData extends Extensible {
  /** Correlates a request with its response in the gateway's logs. */
  Optional<String> requestId();

  /** MonitorTrunk: the sum of devices and queues of the trunk. */
  Optional<Integer> monitorCount();

  /** MonitorTrunk: the connection being monitored. */
  Optional<ConnectionId> monitoredConnection();

  @Override
  Map<String, RawJson> unknownFields();

  static PrivateData ofRequestId(String requestId) {
    return builder().requestId(requestId).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PrivateData}. */
  class Builder extends ImmutablePrivateData.Builder {}
}

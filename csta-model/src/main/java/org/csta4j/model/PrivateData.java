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
  /**
   * {@return the id that correlates a request with its response in the gateway's logs (uni-tel's
   * stand-in for the CSTA invoke id); empty if none was given}
   */
  Optional<String> requestId();

  /**
   * {@return for a MonitorTrunk response, the number of devices and queues of the trunk; empty
   * otherwise}
   */
  Optional<Integer> monitorCount();

  /** {@return for a MonitorTrunk response, the connection being monitored; empty otherwise} */
  Optional<ConnectionId> monitoredConnection();

  @Override
  Map<String, RawJson> unknownFields();

  /**
   * Private data that carries only a request id.
   *
   * @param requestId the id to correlate the request with its response
   * @return the private data
   */
  static PrivateData ofRequestId(String requestId) {
    return builder().requestId(requestId).build();
  }

  /**
   * {@return a new, empty builder of {@link PrivateData}} Setters reject null with a {@link
   * NullPointerException} naming the attribute; {@code build()} throws {@link
   * IllegalStateException} naming every mandatory attribute left unset.
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PrivateData}. */
  class Builder extends ImmutablePrivateData.Builder {}
}

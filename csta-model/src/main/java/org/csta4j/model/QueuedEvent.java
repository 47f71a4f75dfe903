package org.csta4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A call has been put in a queue, e.g. of an ACD group (ECMA-269 Queued). */
@Value.Immutable
public interface QueuedEvent extends MonitorEvent {
  @Override
  String monitorCrossRefId();

  /** The call's connection at the queue. */
  ConnectionId queuedConnection();

  ExtendedDeviceId queue();

  ExtendedDeviceId callingDevice();

  ExtendedDeviceId calledDevice();

  RedirectionDeviceId lastRedirectionDevice();

  /** How many calls the queue now holds, this one included. */
  Optional<Integer> numberQueued();

  /** How many calls are ahead of this one. */
  Optional<Integer> callsInFront();

  Optional<LocalConnectionState> localConnectionInfo();

  Optional<CorrelatorData> correlatorData();

  Optional<UserData> userData();

  EventCause cause();

  Optional<ExtendedDeviceId> networkCallingDevice();

  Optional<ExtendedDeviceId> networkCalledDevice();

  Optional<ExtendedDeviceId> associatedCallingDevice();

  Optional<ExtendedDeviceId> associatedCalledDevice();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QueuedEvent}. */
  class Builder extends ImmutableQueuedEvent.Builder {}
}

package org.csta4j.cli;

import java.util.Optional;
import org.csta4j.json.CstaMessageRegistry;
import org.csta4j.model.CallClearedEvent;
import org.csta4j.model.ConferencedEvent;
import org.csta4j.model.ConnectionClearedEvent;
import org.csta4j.model.ConnectionId;
import org.csta4j.model.CstaEvent;
import org.csta4j.model.DeliveredEvent;
import org.csta4j.model.DivertedEvent;
import org.csta4j.model.DoNotDisturbEvent;
import org.csta4j.model.EstablishedEvent;
import org.csta4j.model.EventCause;
import org.csta4j.model.ExtendedDeviceId;
import org.csta4j.model.FailedEvent;
import org.csta4j.model.ForwardingEvent;
import org.csta4j.model.HeldEvent;
import org.csta4j.model.NetworkReachedEvent;
import org.csta4j.model.OriginatedEvent;
import org.csta4j.model.QueuedEvent;
import org.csta4j.model.RetrievedEvent;
import org.csta4j.model.ServiceInitiatedEvent;
import org.csta4j.model.TransferedEvent;
import org.csta4j.model.UnknownEvent;

/** One line of plain words for an event: what happened to which call, at which device. */
final class EventText {
  private static final CstaMessageRegistry REGISTRY = CstaMessageRegistry.standard();
  private static final int MAX_PAYLOAD = 200;

  private EventText() {}

  /** The event's name as the gateway pushes it, e.g. {@code Delivered}. */
  static String name(CstaEvent event) {
    try {
      return REGISTRY.eventName(event);
    } catch (IllegalArgumentException e) {
      return event.getClass().getSimpleName();
    }
  }

  /** The call the event is about, when it names one. */
  static Optional<String> callId(CstaEvent event) {
    return connection(event).flatMap(ConnectionId::callId);
  }

  /** What happened, e.g. {@code call 1: 101 is ringing, 100 calling}. */
  static String describe(CstaEvent event) {
    String call = callId(event).map(id -> "call " + id + ": ").orElse("");
    String what;
    if (event instanceof OriginatedEvent) {
      OriginatedEvent e = (OriginatedEvent) event;
      what = device(e.callingDevice()) + " calls " + device(e.calledDevice());
    } else if (event instanceof ServiceInitiatedEvent) {
      what = device(((ServiceInitiatedEvent) event).initiatingDevice()) + " is dialling";
    } else if (event instanceof DeliveredEvent) {
      DeliveredEvent e = (DeliveredEvent) event;
      what = device(e.alertingDevice()) + " is ringing, " + device(e.callingDevice()) + " calling";
    } else if (event instanceof EstablishedEvent) {
      EstablishedEvent e = (EstablishedEvent) event;
      what = device(e.answeringDevice()) + " answered " + device(e.callingDevice());
    } else if (event instanceof HeldEvent) {
      what = device(((HeldEvent) event).holdingDevice()) + " put the call on hold";
    } else if (event instanceof RetrievedEvent) {
      what = device(((RetrievedEvent) event).retrievingDevice()) + " took the call back";
    } else if (event instanceof ConnectionClearedEvent) {
      what = device(((ConnectionClearedEvent) event).releasingDevice()) + " left the call";
    } else if (event instanceof CallClearedEvent) {
      what = "the call ended";
    } else if (event instanceof DivertedEvent) {
      DivertedEvent e = (DivertedEvent) event;
      what = "diverted from " + device(e.divertingDevice()) + " to " + device(e.newDestination());
    } else if (event instanceof TransferedEvent) {
      TransferedEvent e = (TransferedEvent) event;
      what =
          device(e.transferringDevice())
              + " transferred the call to "
              + device(e.transferredToDevice());
    } else if (event instanceof ConferencedEvent) {
      ConferencedEvent e = (ConferencedEvent) event;
      what = device(e.conferencingDevice()) + " added " + device(e.addedParty());
    } else if (event instanceof FailedEvent) {
      what = "failed at " + device(((FailedEvent) event).failingDevice());
    } else if (event instanceof NetworkReachedEvent) {
      what = "left the PBX towards " + device(((NetworkReachedEvent) event).calledDevice());
    } else if (event instanceof QueuedEvent) {
      what = "queued at " + device(((QueuedEvent) event).queue());
    } else if (event instanceof DoNotDisturbEvent) {
      DoNotDisturbEvent e = (DoNotDisturbEvent) event;
      what = device(e.device()) + " do not disturb " + (e.doNotDisturbOn() ? "on" : "off");
    } else if (event instanceof ForwardingEvent) {
      ForwardingEvent e = (ForwardingEvent) event;
      what =
          device(e.device())
              + " forwarding "
              + (e.forwardStatus()
                  ? "on" + e.forwardTo().map(d -> " to " + d.value()).orElse("")
                  : "off");
    } else if (event instanceof UnknownEvent) {
      String payload = ((UnknownEvent) event).payload().text().replaceAll("\\s+", " ");
      what = payload.length() > MAX_PAYLOAD ? payload.substring(0, MAX_PAYLOAD) + "..." : payload;
    } else {
      what = "";
    }
    return (call + what + cause(event)).strip();
  }

  static String device(ExtendedDeviceId device) {
    switch (device.kind()) {
      case DEVICE_IDENTIFIER:
        return device.deviceIdentifier().orElseThrow().value();
      case RESTRICTED:
        return "(withheld)";
      default:
        return "(unknown)";
    }
  }

  private static Optional<ConnectionId> connection(CstaEvent event) {
    if (event instanceof OriginatedEvent) {
      return Optional.of(((OriginatedEvent) event).originatedConnection());
    } else if (event instanceof ServiceInitiatedEvent) {
      return Optional.of(((ServiceInitiatedEvent) event).initiatedConnection());
    } else if (event instanceof DeliveredEvent) {
      return Optional.of(((DeliveredEvent) event).connection());
    } else if (event instanceof EstablishedEvent) {
      return Optional.of(((EstablishedEvent) event).establishedConnection());
    } else if (event instanceof HeldEvent) {
      return Optional.of(((HeldEvent) event).heldConnection());
    } else if (event instanceof RetrievedEvent) {
      return Optional.of(((RetrievedEvent) event).retrievedConnection());
    } else if (event instanceof ConnectionClearedEvent) {
      return Optional.of(((ConnectionClearedEvent) event).droppedConnection());
    } else if (event instanceof CallClearedEvent) {
      return Optional.of(((CallClearedEvent) event).clearedCall());
    } else if (event instanceof DivertedEvent) {
      return Optional.of(((DivertedEvent) event).connection());
    } else if (event instanceof TransferedEvent) {
      return Optional.of(((TransferedEvent) event).primaryOldCall());
    } else if (event instanceof ConferencedEvent) {
      return Optional.of(((ConferencedEvent) event).primaryOldCall());
    } else if (event instanceof FailedEvent) {
      return Optional.of(((FailedEvent) event).failedConnection());
    } else if (event instanceof NetworkReachedEvent) {
      return Optional.of(((NetworkReachedEvent) event).outboundConnection());
    } else if (event instanceof QueuedEvent) {
      return Optional.of(((QueuedEvent) event).queuedConnection());
    }
    return Optional.empty();
  }

  /** The cause in brackets, left out when it is the unremarkable {@code normal}. */
  private static String cause(CstaEvent event) {
    Optional<EventCause> cause = Optional.empty();
    if (event instanceof OriginatedEvent) {
      cause = Optional.of(((OriginatedEvent) event).cause());
    } else if (event instanceof DeliveredEvent) {
      cause = Optional.of(((DeliveredEvent) event).cause());
    } else if (event instanceof EstablishedEvent) {
      cause = Optional.of(((EstablishedEvent) event).cause());
    } else if (event instanceof ConnectionClearedEvent) {
      cause = Optional.of(((ConnectionClearedEvent) event).cause());
    } else if (event instanceof CallClearedEvent) {
      cause = Optional.of(((CallClearedEvent) event).cause());
    } else if (event instanceof DivertedEvent) {
      cause = Optional.of(((DivertedEvent) event).cause());
    } else if (event instanceof FailedEvent) {
      cause = Optional.of(((FailedEvent) event).cause());
    }
    return cause.filter(c -> c != EventCause.NORMAL).map(c -> " [" + c.wireName() + "]").orElse("");
  }
}

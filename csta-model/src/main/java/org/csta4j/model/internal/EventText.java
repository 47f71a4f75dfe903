package org.csta4j.model.internal;

import java.util.Optional;
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

/**
 * One line of plain words per event, for people (the CLI's monitor, logs): what happened to which
 * call, at which device, and the cause when it is not {@code normal}. Not an exact rendering: tests
 * that assert every field keep their own.
 */
public final class EventText {
  /** An unknown event's payload is cut here, so that one line stays one line. */
  private static final int MAX_PAYLOAD = 200;

  private EventText() {}

  /**
   * {@return what happened, e.g. {@code call 1: 101 is ringing, 100 calling}} An event this class
   * does not word gives its cause alone, or an empty string; an unknown event gives its payload on
   * one line, cut after 200 characters.
   */
  public static String describe(CstaEvent event) {
    String call = callId(event).map(id -> "call " + id + ": ").orElse("");
    return (call + what(event) + cause(event)).strip();
  }

  private static String what(CstaEvent event) {
    if (event instanceof OriginatedEvent e) {
      return device(e.callingDevice()) + " calls " + device(e.calledDevice());
    } else if (event instanceof ServiceInitiatedEvent e) {
      return device(e.initiatingDevice()) + " is dialling";
    } else if (event instanceof DeliveredEvent e) {
      return device(e.alertingDevice()) + " is ringing, " + device(e.callingDevice()) + " calling";
    } else if (event instanceof EstablishedEvent e) {
      return device(e.answeringDevice()) + " answered " + device(e.callingDevice());
    } else if (event instanceof HeldEvent e) {
      return device(e.holdingDevice()) + " put the call on hold";
    } else if (event instanceof RetrievedEvent e) {
      return device(e.retrievingDevice()) + " took the call back";
    } else if (event instanceof ConnectionClearedEvent e) {
      return device(e.releasingDevice()) + " left the call";
    } else if (event instanceof CallClearedEvent) {
      return "the call ended";
    } else if (event instanceof DivertedEvent e) {
      return "diverted from " + device(e.divertingDevice()) + " to " + device(e.newDestination());
    } else if (event instanceof TransferedEvent e) {
      return device(e.transferringDevice())
          + " transferred the call to "
          + device(e.transferredToDevice());
    } else if (event instanceof ConferencedEvent e) {
      return device(e.conferencingDevice()) + " added " + device(e.addedParty());
    } else if (event instanceof FailedEvent e) {
      return "failed at " + device(e.failingDevice());
    } else if (event instanceof NetworkReachedEvent e) {
      return "left the PBX towards " + device(e.calledDevice());
    } else if (event instanceof QueuedEvent e) {
      return "queued at " + device(e.queue());
    } else if (event instanceof DoNotDisturbEvent e) {
      return device(e.device()) + " do not disturb " + (e.doNotDisturbOn() ? "on" : "off");
    } else if (event instanceof ForwardingEvent e) {
      return device(e.device())
          + " forwarding "
          + (e.forwardStatus()
              ? "on" + e.forwardTo().map(d -> " to " + d.value()).orElse("")
              : "off");
    } else if (event instanceof UnknownEvent e) {
      String payload = e.payload().text().replaceAll("\\s+", " ");
      return payload.length() > MAX_PAYLOAD ? payload.substring(0, MAX_PAYLOAD) + "..." : payload;
    }
    return "";
  }

  /**
   * {@return a device as people read it: its identifier, {@code (withheld)} for a restricted one,
   * {@code (unknown)} for one the PBX does not know}
   */
  public static String device(ExtendedDeviceId device) {
    return switch (device.kind()) {
      case DEVICE_IDENTIFIER -> device.deviceIdentifier().orElseThrow().value();
      case RESTRICTED -> "(withheld)";
      case NOT_KNOWN -> "(unknown)";
    };
  }

  /** {@return the id of the call the event is about; empty when it names none} */
  public static Optional<String> callId(CstaEvent event) {
    return connection(event).flatMap(ConnectionId::callId);
  }

  /**
   * {@return the connection the event is about (for a transfer or conference, the primary old
   * call); empty for events about a device rather than a call}
   */
  public static Optional<ConnectionId> connection(CstaEvent event) {
    if (event instanceof OriginatedEvent e) {
      return Optional.of(e.originatedConnection());
    } else if (event instanceof ServiceInitiatedEvent e) {
      return Optional.of(e.initiatedConnection());
    } else if (event instanceof DeliveredEvent e) {
      return Optional.of(e.connection());
    } else if (event instanceof EstablishedEvent e) {
      return Optional.of(e.establishedConnection());
    } else if (event instanceof HeldEvent e) {
      return Optional.of(e.heldConnection());
    } else if (event instanceof RetrievedEvent e) {
      return Optional.of(e.retrievedConnection());
    } else if (event instanceof ConnectionClearedEvent e) {
      return Optional.of(e.droppedConnection());
    } else if (event instanceof CallClearedEvent e) {
      return Optional.of(e.clearedCall());
    } else if (event instanceof DivertedEvent e) {
      return Optional.of(e.connection());
    } else if (event instanceof TransferedEvent e) {
      return Optional.of(e.primaryOldCall());
    } else if (event instanceof ConferencedEvent e) {
      return Optional.of(e.primaryOldCall());
    } else if (event instanceof FailedEvent e) {
      return Optional.of(e.failedConnection());
    } else if (event instanceof NetworkReachedEvent e) {
      return Optional.of(e.outboundConnection());
    } else if (event instanceof QueuedEvent e) {
      return Optional.of(e.queuedConnection());
    }
    return Optional.empty();
  }

  /** The cause in brackets, left out when it is the unremarkable {@code normal}. */
  private static String cause(CstaEvent event) {
    Optional<EventCause> cause = Optional.empty();
    if (event instanceof OriginatedEvent e) {
      cause = Optional.of(e.cause());
    } else if (event instanceof DeliveredEvent e) {
      cause = Optional.of(e.cause());
    } else if (event instanceof EstablishedEvent e) {
      cause = Optional.of(e.cause());
    } else if (event instanceof ConnectionClearedEvent e) {
      cause = Optional.of(e.cause());
    } else if (event instanceof CallClearedEvent e) {
      cause = Optional.of(e.cause());
    } else if (event instanceof DivertedEvent e) {
      cause = Optional.of(e.cause());
    } else if (event instanceof FailedEvent e) {
      cause = Optional.of(e.cause());
    }
    return cause.filter(c -> c != EventCause.NORMAL).map(c -> " [" + c.wireName() + "]").orElse("");
  }
}

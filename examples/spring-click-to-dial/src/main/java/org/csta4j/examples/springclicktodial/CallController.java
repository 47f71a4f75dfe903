package org.csta4j.examples.springclicktodial;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.csta4j.json.CstaMessageRegistry;
import org.csta4j.model.MonitorEvent;
import org.csta4j.session.Registration;
import org.csta4j.spring.boot.CstaSessionProvider;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code POST /calls} places a call from one device to a number; {@code GET
 * /devices/{device}/events} streams the device's call events as server-sent events.
 */
@RestController
class CallController {
  private static final CstaMessageRegistry NAMES = CstaMessageRegistry.standard();
  private static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);

  private final CstaSessionProvider sessions;
  private final Set<SseEmitter> streams = ConcurrentHashMap.newKeySet();

  CallController(CstaSessionProvider sessions) {
    this.sessions = sessions;
  }

  /** What to call: the agent's device and the customer's number. */
  record CallRequest(String from, String to) {}

  /** The call that was placed. */
  record CallPlaced(String callId) {}

  /** One event of a device, as the stream sends it. */
  record CallEvent(String type, String device, String detail) {}

  @PostMapping("/calls")
  CompletableFuture<CallPlaced> placeCall(@RequestBody CallRequest call) {
    return sessions
        .session()
        .thenCompose(s -> s.makeCall(call.from(), call.to()))
        .thenApply(r -> new CallPlaced(r.callingConnection().callId().orElse("")));
  }

  @GetMapping(path = "/devices/{device}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  SseEmitter events(@PathVariable String device) {
    SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
    AtomicReference<Registration> listening = new AtomicReference<>();
    AtomicBoolean gone = new AtomicBoolean();
    streams.add(emitter);
    Runnable stop =
        () -> {
          gone.set(true);
          streams.remove(emitter);
          Registration r = listening.getAndSet(null);
          if (r != null) {
            r.close();
          }
        };
    emitter.onCompletion(stop);
    emitter.onTimeout(stop);
    emitter.onError(e -> stop.run());
    sessions
        .session()
        .thenCompose(s -> s.monitor(device))
        .whenComplete(
            (monitor, failure) -> {
              if (failure != null) {
                emitter.completeWithError(failure);
                return;
              }
              listening.set(
                  monitor.on(
                      MonitorEvent.class,
                      e -> send(emitter, stop, NAMES.eventName(e), device, e.toString())));
              if (gone.get()) {
                stop.run(); // the client left while the monitor started
                return;
              }
              // tells the client that events from now on will reach it
              send(emitter, stop, "monitoring", device, "monitor " + monitor.crossRefId());
            });
    return emitter;
  }

  /** Ends the open streams when the application stops, so that its web server need not wait. */
  @EventListener(ContextClosedEvent.class)
  void endStreams() {
    streams.forEach(SseEmitter::complete);
  }

  private static void send(
      SseEmitter emitter, Runnable stop, String type, String device, String detail) {
    try {
      emitter.send(
          SseEmitter.event()
              .name(type)
              .data(new CallEvent(type, device, detail), MediaType.APPLICATION_JSON));
    } catch (IOException | IllegalStateException e) {
      // the client went away
      stop.run();
    }
  }
}

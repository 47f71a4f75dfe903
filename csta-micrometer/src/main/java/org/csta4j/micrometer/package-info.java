/**
 * Micrometer metrics for csta4j sessions, without Spring: {@link org.csta4j.micrometer.CstaMetrics}
 * is a {@link io.micrometer.core.instrument.binder.MeterBinder} for one {@link
 * org.csta4j.session.CstaSession}.
 *
 * <pre>{@code
 * CstaSession session = client.connect().join();
 * CstaMetrics metrics = CstaMetrics.builder(session).name("pbx-a").build();
 * metrics.bindTo(registry);
 * // ...
 * metrics.close(); // removes its listeners and meters
 * }</pre>
 *
 * <p>The meters, each tagged {@code session} (the name given to the builder) and with the tags the
 * builder was given. Every other tag has a fixed, small set of values: no device, call, user or
 * credential is ever a tag value. Timers are in seconds where the registry publishes a base unit.
 *
 * <table>
 *   <caption>Meters of a session</caption>
 *   <tr><th>name</th><th>type</th><th>tags</th><th>meaning</th></tr>
 *   <tr><td>{@code csta.session.state}</td><td>gauge</td><td>{@code state}: {@code connecting},
 *       {@code active}, {@code reconnecting}, {@code closed}</td><td>1 for the state the session
 *       is in, 0 for the others</td></tr>
 *   <tr><td>{@code csta.session.reconnects}</td><td>counter</td><td>{@code outcome}: {@code
 *       success}, {@code failure}</td><td>reconnect attempts: a success restored the session, a
 *       failure was reported as {@code RECONNECT_FAILED}</td></tr>
 *   <tr><td>{@code csta.session.gaps}</td><td>counter</td><td>{@code resync}: {@code complete},
 *       {@code partial}</td><td>recoveries after which events may have been missed; partial when
 *       some device could not be resynchronised ({@code Gap.notResynced()})</td></tr>
 *   <tr><td>{@code csta.session.gap.duration}</td><td>timer</td><td></td><td>how long each gap
 *       lasted, from the loss to the end of the resync</td></tr>
 *   <tr><td>{@code csta.session.restore}</td><td>timer</td><td></td><td>how long the successful
 *       reconnect attempt took: connect, login, monitor restore, resync (without the backoff and
 *       the failed attempts before it)</td></tr>
 *   <tr><td>{@code csta.session.interruptions}</td><td>counter</td><td></td><td>interruptions of
 *       the connection that the transport tried to resume (SignalR stateful reconnect)</td></tr>
 *   <tr><td>{@code csta.session.interruption.duration}</td><td>timer</td><td></td><td>how long
 *       each interruption lasted that ended in a resume</td></tr>
 *   <tr><td>{@code csta.requests}</td><td>timer</td><td>{@code service}: the gateway's name of a
 *       CSTA service such as {@code MakeCall}, or {@code other}; {@code outcome}: {@code success},
 *       {@code csta_error}, {@code refused}, {@code timeout}, {@code connection_lost}, {@code
 *       unavailable}, {@code closed}, {@code error}</td><td>requests of the application, from
 *       sending to the answer, the MonitorStart of {@code monitor(...)} and the MonitorStop of a
 *       handle included (not the restore's); percentiles, histogram and objectives as set on the
 *       builder</td></tr>
 *   <tr><td>{@code csta.requests.pending}</td><td>gauge</td><td></td><td>requests of the
 *       application sent and not yet completed</td></tr>
 *   <tr><td>{@code csta.events}</td><td>counter</td><td>{@code type}: the gateway's name of a
 *       CSTA event such as {@code Delivered}, or {@code other} for one the model lacks</td><td>events
 *       delivered to the session's listeners</td></tr>
 *   <tr><td>{@code csta.dispatch.queue}</td><td>gauge</td><td></td><td>events waiting in the
 *       session's bounded dispatch queue; near its capacity, an overflow and a recovery
 *       follow</td></tr>
 *   <tr><td>{@code csta.faults}</td><td>counter</td><td>{@code kind}: a {@link
 *       org.csta4j.session.SessionFault.Kind} in lower case, such as {@code
 *       connection_lost}</td><td>faults the session handled</td></tr>
 * </table>
 */
@NullMarked
package org.csta4j.micrometer;

import org.jspecify.annotations.NullMarked;

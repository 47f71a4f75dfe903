/**
 * The csta4j session: {@link org.csta4j.session.CstaClient} builds it, {@link
 * org.csta4j.session.CstaSession} is what an application drives. A session logs in, keeps itself
 * alive, sends typed requests, keeps {@link org.csta4j.session.Monitor} handles stable across
 * reconnects, dispatches events in arrival order off the I/O thread, and recovers from every loss:
 * reconnect with backoff, re-login, monitor restore, resync by snapshot, and one {@link
 * org.csta4j.session.Gap} notification.
 *
 * <p>Threads: listeners and the stages of returned futures run on the executor given to {@link
 * org.csta4j.session.CstaClient.Builder#executor}; events for one session reach listeners one at a
 * time, in the order the gateway sent them. The session's own work (keepalive, recovery) never
 * waits for a listener.
 */
@NullMarked
package org.csta4j.session;

import org.jspecify.annotations.NullMarked;

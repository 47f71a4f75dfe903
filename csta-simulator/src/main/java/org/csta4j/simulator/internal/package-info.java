/**
 * Not API: the simulator's SignalR server, CSTA hub and simulated PBX. May change in any release.
 */
@NullMarked
package org.csta4j.simulator.internal;

import org.jspecify.annotations.NullMarked;

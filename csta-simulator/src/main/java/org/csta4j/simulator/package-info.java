/**
 * An embedded CSTA gateway for tests and demos: {@link org.csta4j.simulator.CstaSimulator} serves
 * uni-tel's SignalR hub at {@code /csta} over real sockets, with a simulated PBX behind it that
 * tests can script ({@link org.csta4j.simulator.SimulatedPbx}) and faults they can inject ({@link
 * org.csta4j.simulator.Faults}). {@link org.csta4j.simulator.CstaSimulatorExtension} runs one per
 * JUnit 5 test class.
 */
@NullMarked
package org.csta4j.simulator;

import org.jspecify.annotations.NullMarked;

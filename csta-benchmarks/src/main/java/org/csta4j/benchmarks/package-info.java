/**
 * JMH benchmarks of csta4j, run from {@code target/benchmarks.jar}; results are recorded in {@code
 * docs/benchmarks.md}. Not API, not published.
 */
@NullMarked
package org.csta4j.benchmarks;

import org.jspecify.annotations.NullMarked;

/**
 * Not API: the starter's implementation (the managed session, its state for health, the failure
 * analysis, the metrics binding). Anything here may change in any release.
 */
@NullMarked
package org.csta4j.spring.boot.internal;

import org.jspecify.annotations.NullMarked;

/**
 * Not API: what csta4j's own modules share (the Immutables style, argument checks, thread
 * factories, failure text). It may change in any release without notice; applications must not use
 * it.
 */
@NullMarked
package org.csta4j.model.internal;

import org.jspecify.annotations.NullMarked;

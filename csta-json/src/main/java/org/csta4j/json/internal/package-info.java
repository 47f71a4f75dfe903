/**
 * Not API: pieces of csta-json that csta4j's own transports share (SignalR's JSON hub protocol over
 * the codec). Anything here may change or go in any release.
 */
@NullMarked
package org.csta4j.json.internal;

import org.jspecify.annotations.NullMarked;

/**
 * Not API: pieces of csta-json that csta4j's own transports and its simulator share (SignalR's JSON
 * hub protocol over the codec, and the sequence bookkeeping of its stateful reconnect). Anything
 * here may change or go in any release.
 */
@NullMarked
package org.csta4j.json.internal;

import org.jspecify.annotations.NullMarked;

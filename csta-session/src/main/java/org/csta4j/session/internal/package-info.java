/**
 * Not API: the session's engine, wired per session with Dagger. Its only public types are {@link
 * org.csta4j.session.internal.ClientRuntime}, through which {@link org.csta4j.session.CstaClient}
 * starts sessions, and {@link org.csta4j.session.internal.SessionConfig}, what each session is made
 * from; both may change in any release. Applications use {@link org.csta4j.session.CstaClient}.
 */
@NullMarked
package org.csta4j.session.internal;

import org.jspecify.annotations.NullMarked;

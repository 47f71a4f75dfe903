/**
 * The session's insides, wired with Dagger: {@link org.csta4j.session.internal.SessionComponent},
 * {@link org.csta4j.session.internal.CstaSessionModule} and {@link
 * org.csta4j.session.internal.SessionScope}. Not API: applications use {@link
 * org.csta4j.session.CstaClient}. Applications that run Dagger themselves may include {@link
 * org.csta4j.session.internal.CstaSessionModule} and bind a {@link
 * org.csta4j.session.internal.SessionConfig}.
 */
@NullMarked
package org.csta4j.session.internal;

import org.jspecify.annotations.NullMarked;

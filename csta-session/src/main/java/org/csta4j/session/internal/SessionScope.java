package org.csta4j.session.internal;

import jakarta.inject.Scope;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** One instance per session: the dispatcher, the call tracker, the session itself. */
@Scope
@Documented
@Retention(RetentionPolicy.RUNTIME)
@interface SessionScope {}

package org.csta4j.session.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import javax.inject.Scope;

/** One instance per session: the dispatcher, the call tracker, the session itself. */
@Scope
@Documented
@Retention(RetentionPolicy.RUNTIME)
@interface SessionScope {}

package org.csta4j.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * Not API. The one Immutables style of csta4j's value types, in every module: generated {@code
 * Immutable*} classes are package-private and never appear in a signature; builders are reached
 * through {@code X.builder()}; secrets print as a mask.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    redactedMask = "****",
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = false, prehash = false))
public @interface CstaStyle {}

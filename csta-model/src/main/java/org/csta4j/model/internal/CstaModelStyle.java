package org.csta4j.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * Not API. {@link CstaStyle} for the model's own value types, whose {@code toString()} is {@link
 * ValueText#of}: empty {@code unknownFields} left out, a {@code DeviceId} printed as its number,
 * secrets masked. The other modules' value types keep {@link CstaStyle}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    redactedMask = ValueText.MASK,
    delegateToString = "org.csta4j.model.internal.ValueText.of",
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = false, prehash = false))
public @interface CstaModelStyle {}

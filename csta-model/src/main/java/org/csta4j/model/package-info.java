/**
 * The immutable CSTA model: ECMA-354 application session messages, ECMA-269/323 monitoring, call
 * control, feature and snapshot services with their responses, call events, and the core types they
 * are built from. Every value type is immutable and null-free; build it with {@code X.builder()} or
 * a short factory such as {@code DeviceId.of("100")}. Mandatory fields are checked at construction
 * and a failure names the field. Fields the model does not know are kept in {@link
 * org.csta4j.model.Extensible#unknownFields()} so nothing a gateway sends is lost.
 */
@NullMarked
@CstaModelStyle
package org.csta4j.model;

import org.csta4j.model.internal.CstaModelStyle;
import org.jspecify.annotations.NullMarked;

/**
 * The JSON codec of csta4j: {@link org.csta4j.json.CstaCodec} writes requests exactly as the
 * uni-tel gateway expects them and reads responses, errors and events in any casing and shape an
 * ASP.NET Core gateway may send, keeping fields the model does not know. {@link
 * org.csta4j.json.CstaMessageRegistry} is the one place that maps hub method and event names to
 * model types.
 */
@NullMarked
package org.csta4j.json;

import org.jspecify.annotations.NullMarked;

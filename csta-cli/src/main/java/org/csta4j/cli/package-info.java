/**
 * The {@code csta} command: {@code demo} runs the whole flow against an embedded gateway, {@code
 * simulator} serves one standalone, and {@code monitor}, {@code call}, {@code clear} and {@code
 * snapshot} drive any gateway through {@link org.csta4j.session.CstaClient}, as an application
 * would. {@link org.csta4j.cli.Main} is the entry point; everything else is package-private.
 */
@NullMarked
package org.csta4j.cli;

import org.jspecify.annotations.NullMarked;

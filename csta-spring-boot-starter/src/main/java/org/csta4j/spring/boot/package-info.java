/**
 * Spring Boot auto-configuration for csta4j. With this starter on the class path and {@code
 * csta.gateway}, {@code csta.username}, {@code csta.password} and {@code csta.pbx-domain} set, the
 * application gets a {@link org.csta4j.session.CstaClient} bean and a {@link
 * org.csta4j.spring.boot.CstaSessionProvider} whose session is connected at start-up; with
 * Actuator, a {@code csta} health indicator; with Micrometer and {@code csta-micrometer}, the
 * session's meters. Defining a {@code CstaClient} bean of one's own turns all of it off.
 *
 * @see org.csta4j.spring.boot.CstaProperties the settings
 * @see org.csta4j.spring.boot.CstaAutoConfiguration what is configured, and when
 */
@NullMarked
package org.csta4j.spring.boot;

import org.jspecify.annotations.NullMarked;

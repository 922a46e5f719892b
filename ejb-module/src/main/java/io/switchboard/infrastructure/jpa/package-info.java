/** JPA implementations of the domain's repositories, on EclipseLink. */
package io.switchboard.infrastructure.jpa;

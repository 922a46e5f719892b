/** Value objects and exceptions shared by every aggregate: who acted, through which channel, and what went wrong. */
package io.switchboard.domain.shared;

/** The transactional outbox: domain events written with the change that caused them, delivered after commit. */
package io.switchboard.infrastructure.outbox;

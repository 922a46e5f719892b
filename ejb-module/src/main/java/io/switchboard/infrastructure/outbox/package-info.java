/**
 * The transactional outbox and its dispatcher: domain events written with the change that caused
 * them, fanned out after commit into one delivery per subscriber, and delivered at least once
 * with per-subscriber retries, backoff and dead letters. Leased, so that one server dispatches
 * when several share a database.
 */
package io.switchboard.infrastructure.outbox;

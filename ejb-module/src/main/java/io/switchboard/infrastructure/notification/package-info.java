/**
 * Turns the domain events in the outbox into in-app notifications: a self-contained subscriber
 * with its own position in the event stream, polled by a timer.
 */
package io.switchboard.infrastructure.notification;

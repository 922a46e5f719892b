/**
 * Periodic work that must run on one server at a time when several share the database (outbox
 * dispatch, the SLA watch, the tally fold, a mail poll per mailbox, a PSA pull per connection):
 * the {@link io.switchboard.application.schedule.LeasedTickers} port and its records.
 */
package io.switchboard.application.schedule;

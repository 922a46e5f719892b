/**
 * Who hears about what: the catalogue of event types, the recipients of a ticket event
 * (assignee, watchers, requester for public events, board subscribers, mentioned people) filtered
 * by their preferences, and the {@link io.switchboard.application.notify.EventSubscriber} seam
 * through which the outbox dispatcher delivers to notifier plugins and to core subscribers alike.
 */
package io.switchboard.application.notify;

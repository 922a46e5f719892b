/**
 * Notifiers: plugins that tell people or systems that something happened to a ticket (email,
 * webhooks, chat). The host's outbox dispatcher calls them after commit, at least once per event,
 * with retries; each call carries a stable event id so a receiver can drop duplicates.
 */
package io.switchboard.plugin.notify;

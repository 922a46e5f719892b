/**
 * The webhook notifier: signed JSON, Slack or Microsoft Teams messages posted to a URL that is
 * checked against server-side request forgery and pinned to the address that was checked.
 */
package io.switchboard.plugins.webhook;

/**
 * Mail sources for email-to-ticket: transport only. A source lists messages cheaply (UIDs and
 * sizes), streams one message's raw bytes under a cap, and acknowledges a batch after the host
 * has committed what it made of them. The host stores each raw message before it acts on it,
 * and owns parsing, threading, dedupe, contacts and quarantine.
 */
package io.switchboard.plugin.mail;

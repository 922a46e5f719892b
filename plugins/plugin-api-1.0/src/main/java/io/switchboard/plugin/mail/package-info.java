/**
 * Mail sources (IMAP mailboxes) for email-to-ticket. The host stores each raw message before it
 * acts on it and acknowledges it to the source only after commit. Declared here so the email
 * intake issue fills it in; it may still grow within this major version.
 */
package io.switchboard.plugin.mail;

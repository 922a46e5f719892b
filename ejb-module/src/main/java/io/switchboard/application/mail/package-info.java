/**
 * Email intake: mailboxes are read through the {@link io.switchboard.application.mail.MailTransport}
 * port (a mail-source plugin behind it); each message is stored raw first, then parsed, threaded
 * and made into a ticket, a reply or a note in one transaction, and acknowledged on the server
 * only after that commit. What cannot be processed goes to quarantine, raw bytes and reason kept.
 */
package io.switchboard.application.mail;

/**
 * Email intake's own records: every message a mailbox delivered (stored before anything is made
 * of it, with its state: received, processed, ignored, quarantined, discarded), and how far each
 * mailbox has been read.
 */
package io.switchboard.domain.mail;

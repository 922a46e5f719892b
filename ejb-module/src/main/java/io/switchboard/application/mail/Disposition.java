package io.switchboard.application.mail;

/** What the mail server is told about a message after intake committed. */
public enum Disposition {
    PROCESSED,
    FAILED,
    IGNORED
}

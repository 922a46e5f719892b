package io.switchboard.domain.mail;

import io.switchboard.domain.shared.Keyed;

/** Where a stored message is in intake. Only {@code RECEIVED} still waits for work. */
public enum MailState implements Keyed {
    /** Stored, not yet made into anything (or made ready again for reprocessing). */
    RECEIVED("received"),
    /** A ticket, reply or note was made of it. */
    PROCESSED("processed"),
    /** Deliberately left alone: an auto-reply, a loop, a copy taken in through another mailbox. */
    IGNORED("ignored"),
    /** It could not be processed; an admin decides. Raw bytes and reason are kept. */
    QUARANTINED("quarantined"),
    /** An admin threw it away from quarantine; the row stays so the same message is never taken in again. */
    DISCARDED("discarded");

    private final String key;

    MailState(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}

package io.switchboard.application.mail;

import io.switchboard.domain.mail.MailState;

/** What intake made of one message, and what the mail server is to be told. */
public record MailOutcome(long mailId, MailState state, String outcome, Long ticketId) {

    public Disposition disposition() {
        return switch (state) {
            case PROCESSED -> Disposition.PROCESSED;
            case QUARANTINED -> Disposition.FAILED;
            default -> Disposition.IGNORED;
        };
    }

    public boolean isDone() {
        return state != MailState.RECEIVED;
    }
}

package io.switchboard.domain.ticket;

import io.switchboard.domain.shared.Actor;

/** What is needed to add a comment; the author is either an agent or a contact. */
public record CommentDraft(
        MessageBody body,
        boolean internal,
        boolean solution,
        Actor author,
        String authorName,
        Long authorAgentId,
        Long authorContactId,
        String messageId) {

    /** A reply the requester can see, written by staff: this is what stops the first-response clock. */
    boolean isStaffReply() {
        return !internal && author.isStaff();
    }
}

package io.switchboard.domain.ticket;

import io.switchboard.domain.shared.Actor;

/** Comment drafts for tests: what matters to the ticket is who wrote it and whether it is public. */
final class Comments {

    private static final MessageBody BODY = new MessageBody("<p>On it.</p>", "On it.");

    private Comments() {}

    static CommentDraft publicReplyBy(Actor author) {
        return new CommentDraft(BODY, false, false, author, author.name(), null, null, null);
    }

    static CommentDraft internalNoteBy(Actor author) {
        return new CommentDraft(BODY, true, false, author, author.name(), null, null, null);
    }
}

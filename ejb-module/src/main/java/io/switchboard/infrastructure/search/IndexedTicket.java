package io.switchboard.infrastructure.search;

import java.util.List;

/** What the index keeps of one ticket: the texts a search looks in. */
record IndexedTicket(
        long id,
        String summary,
        String description,
        List<String> replies,
        List<String> notes,
        String requester,
        String company) {

    /** Text beyond this (per field) is left out: a pasted log should not dominate the index. */
    static final int TEXT_MAX = 100_000;

    IndexedTicket {
        replies = List.copyOf(replies);
        notes = List.copyOf(notes);
    }
}

package io.switchboard.domain.ticket;

/** What moves with a merge: the merged ticket's comments, files, tasks, time entries and links. */
public interface MergedParts {

    /**
     * Gives every comment, attachment, task and time entry of {@code fromId} to {@code toId}, and
     * re-points its links to third tickets that {@code toId} is not linked to yet; the rest of its
     * links (to {@code toId}, or to tickets both were linked to) are dropped. Its PSA ticket becomes
     * {@code toId}'s when {@code toId} has none. Returns what moved.
     */
    Moved move(long fromId, long toId);

    /** How many of each part moved. */
    record Moved(int comments, int attachments, int tasks, int timeEntries, int links, int psaLinks) {}
}

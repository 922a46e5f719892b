package io.switchboard.application.psa;

/**
 * One field on which a linked ticket and its remote twin disagree, in local terms (status key,
 * priority key, agent login), and what the drift check did about it: {@code reported}, or
 * {@code from-psa} / {@code to-psa} when it repaired it (the losing value goes into the history).
 */
public record FieldDrift(String remoteId, long ticketId, String field, String local, String remote, String action) {

    public FieldDrift repaired(String how) {
        return new FieldDrift(remoteId, ticketId, field, local, remote, how);
    }

    /** The line the sync log keeps. */
    public String describe() {
        return "drift on remote ticket " + remoteId + " (ticket " + ticketId + ") " + field + ": local '" + local
                + "', PSA '" + remote + "' (" + action + ")";
    }
}

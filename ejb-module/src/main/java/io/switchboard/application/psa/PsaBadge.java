package io.switchboard.application.psa;

/**
 * What the ticket list shows of a PSA-linked ticket: the provider and remote ticket number, the
 * connection's name, and the ticket's address in the PSA when the provider gave one (else null).
 */
public record PsaBadge(
        long ticketId, long connectionId, String connection, String provider, String remoteId, String webUrl) {

    /** "connectwise #1234". */
    public String label() {
        return provider + " #" + remoteId;
    }
}

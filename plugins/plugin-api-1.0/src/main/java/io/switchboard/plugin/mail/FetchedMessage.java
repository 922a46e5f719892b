package io.switchboard.plugin.mail;

import java.time.Instant;

/** One raw RFC 5322 message as the server holds it; the host parses it. */
public record FetchedMessage(long uidValidity, long uid, Instant receivedAt, byte[] raw) {

    public FetchedMessage {
        raw = raw.clone();
    }

    @Override
    public byte[] raw() {
        return raw.clone();
    }
}

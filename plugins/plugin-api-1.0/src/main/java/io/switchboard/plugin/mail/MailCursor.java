package io.switchboard.plugin.mail;

/** How far a mailbox has been read: its UIDVALIDITY and the last UID the host stored. */
public record MailCursor(long uidValidity, long lastUid) {

    public static final MailCursor START = new MailCursor(0, 0);
}

package io.switchboard.domain.mail;

import java.time.Instant;

/** Where a message sits on its mail server: folder, UIDVALIDITY, UID, size and arrival. */
public record MailLocation(String folder, long uidValidity, long uid, long size, Instant receivedAt) {}

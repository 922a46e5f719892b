package io.switchboard.application.command;

import java.time.Instant;

/**
 * A ticket that already has a past, from another system or a benchmark seed: it is opened at
 * {@code createdAt} and walked through the workflow to {@code status}, reaching a done status
 * at {@code resolvedAt}.
 */
public record ImportTicket(CreateTicket ticket, String status, Instant createdAt, Instant resolvedAt) {}

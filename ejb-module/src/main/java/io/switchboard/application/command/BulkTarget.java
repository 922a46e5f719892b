package io.switchboard.application.command;

/** One ticket of a bulk action, with the version the caller saw if they want it checked (else null). */
public record BulkTarget(long ticketId, Long expectedVersion) {}

package io.switchboard.application.view;

import java.time.Instant;

/** A link seen from one ticket: {@code role} is what the other ticket is to it (parent, child, related...). */
public record LinkView(long id, String role, TicketRef ticket, Instant createdAt, String createdBy) {}

package io.switchboard.application;

/** Tickets with a past were imported (a CDI event, fired inside the import's transaction). */
public record TicketsImported(int count) {}

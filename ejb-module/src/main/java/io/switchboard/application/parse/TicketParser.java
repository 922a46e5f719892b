package io.switchboard.application.parse;

/**
 * Reads a sentence like "Outlook not syncing for Acme Corp, high priority, assign to me" and
 * proposes a ticket. It creates nothing and must be deterministic: the same input (text,
 * catalogue, caller and clock) gives the same draft. Implementations match names only against
 * the catalogue they are given, so a draft never names a company or agent that does not exist.
 */
public interface TicketParser {

    TicketDraft parse(ParseInput input);
}

package io.switchboard.application.search;

/**
 * One ticket a search found.
 *
 * @param score the engine's relevance, higher is better; comparable only within one search
 */
public record SearchHit(long ticketId, float score) {}

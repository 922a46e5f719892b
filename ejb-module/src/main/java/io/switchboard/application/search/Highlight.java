package io.switchboard.application.search;

/**
 * Where a ticket matched, to show under it.
 *
 * @param field summary, description, replies, notes, requester or company
 * @param fragment the matched passage with each matched word in {@code <mark>}; everything else
 *     is HTML-escaped, so it is safe to show as HTML
 */
public record Highlight(String field, String fragment) {}

package io.switchboard.application.view;

import java.util.List;
import java.util.Map;

/**
 * The desk at a glance. {@code open} counts new, open and pending tickets; {@code critical} the
 * open ones at critical priority; {@code resolved} every ticket resolved or closed;
 * {@code slaCompliancePercent} the share of those that met their resolution target.
 * The breakdowns by priority, category and board count open tickets; by status, all tickets.
 */
public record TicketStats(
        long open,
        long critical,
        long overdue,
        long resolved,
        long resolvedToday,
        Long averageResolutionSeconds,
        Double slaCompliancePercent,
        Map<String, Long> byPriority,
        List<NamedCount> byStatus,
        List<NamedCount> byCategory,
        List<NamedCount> byBoard) {

    /** A count under a name; {@code key} is what the list filter takes (a status key or an id). */
    public record NamedCount(String key, String name, long count) {}
}

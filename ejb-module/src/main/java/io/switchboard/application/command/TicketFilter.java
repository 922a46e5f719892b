package io.switchboard.application.command;

import io.switchboard.domain.ticket.Priority;
import io.switchboard.domain.ticket.TicketType;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What a list shows. Empty sets mean "any". Without explicit statuses, done (resolved and
 * closed) tickets appear only with {@code includeClosed} (or when asking for a resolved period).
 */
public record TicketFilter(
        String query,
        Set<String> statuses,
        Set<Priority> priorities,
        Set<TicketType> types,
        Set<Long> boardIds,
        Set<Long> companyIds,
        Set<Long> categoryIds,
        Long contactId,
        Assigned assigned,
        boolean includeClosed,
        Boolean overdue,
        List<SortKey> sort,
        int page,
        int pageSize,
        Period created,
        Period resolved,
        Period updated,
        PsaScope psa) {

    public static final int DEFAULT_PAGE_SIZE = 25;
    public static final int MAX_PAGE_SIZE = 200;

    public TicketFilter {
        query = query == null || query.isBlank() ? null : query.strip();
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        priorities = priorities == null ? Set.of() : Set.copyOf(priorities);
        types = types == null ? Set.of() : Set.copyOf(types);
        boardIds = boardIds == null ? Set.of() : Set.copyOf(boardIds);
        companyIds = companyIds == null ? Set.of() : Set.copyOf(companyIds);
        categoryIds = categoryIds == null ? Set.of() : Set.copyOf(categoryIds);
        assigned = assigned == null ? Assigned.ALL : assigned;
        sort = sort == null || sort.isEmpty() ? SortKey.DEFAULT : List.copyOf(sort);
        created = created == null || created.isOpen() ? null : created;
        resolved = resolved == null || resolved.isOpen() ? null : resolved;
        updated = updated == null || updated.isOpen() ? null : updated;
    }

    /** A filter with created and resolved ranges, for any update time. */
    public TicketFilter(
            String query,
            Set<String> statuses,
            Set<Priority> priorities,
            Set<TicketType> types,
            Set<Long> boardIds,
            Set<Long> companyIds,
            Set<Long> categoryIds,
            Long contactId,
            Assigned assigned,
            boolean includeClosed,
            Boolean overdue,
            List<SortKey> sort,
            int page,
            int pageSize,
            Period created,
            Period resolved) {
        this(
                query,
                statuses,
                priorities,
                types,
                boardIds,
                companyIds,
                categoryIds,
                contactId,
                assigned,
                includeClosed,
                overdue,
                sort,
                page,
                pageSize,
                created,
                resolved,
                null,
                null);
    }

    /** A filter without date ranges. */
    public TicketFilter(
            String query,
            Set<String> statuses,
            Set<Priority> priorities,
            Set<TicketType> types,
            Set<Long> boardIds,
            Set<Long> companyIds,
            Set<Long> categoryIds,
            Long contactId,
            Assigned assigned,
            boolean includeClosed,
            Boolean overdue,
            List<SortKey> sort,
            int page,
            int pageSize) {
        this(
                query,
                statuses,
                priorities,
                types,
                boardIds,
                companyIds,
                categoryIds,
                contactId,
                assigned,
                includeClosed,
                overdue,
                sort,
                page,
                pageSize,
                null,
                null);
    }

    /** The same filter in another order. */
    public TicketFilter sortedBy(List<SortKey> order) {
        return new TicketFilter(
                query,
                statuses,
                priorities,
                types,
                boardIds,
                companyIds,
                categoryIds,
                contactId,
                assigned,
                includeClosed,
                overdue,
                order,
                page,
                pageSize,
                created,
                resolved,
                updated,
                psa);
    }

    /** The same filter at another page. */
    public TicketFilter atPage(int newPage, int newPageSize) {
        return new TicketFilter(
                query,
                statuses,
                priorities,
                types,
                boardIds,
                companyIds,
                categoryIds,
                contactId,
                assigned,
                includeClosed,
                overdue,
                sort,
                newPage,
                newPageSize,
                created,
                resolved,
                updated,
                psa);
    }

    /**
     * Only tickets synced with one PSA connection, and within it with one remote board when
     * {@code remoteBoardId} is given.
     */
    public record PsaScope(long connectionId, String remoteBoardId) {}

    /** A half-open time range {@code [from, to)}; either end may be open (null). */
    public record Period(Instant from, Instant to) {
        public boolean isOpen() {
            return from == null && to == null;
        }
    }

    /** Who a ticket must be assigned to: anyone, no one, or one agent. */
    public record Assigned(Mode mode, Long agentId) {
        public static final Assigned ALL = new Assigned(Mode.ALL, null);
        public static final Assigned UNASSIGNED = new Assigned(Mode.UNASSIGNED, null);

        public static Assigned to(long agentId) {
            return new Assigned(Mode.AGENT, agentId);
        }

        public enum Mode {
            ALL,
            UNASSIGNED,
            AGENT
        }
    }

    /** A sort field and direction. Priority sorts by urgency: ascending puts critical first. */
    public record SortKey(Field field, boolean descending) {
        public static final List<SortKey> DEFAULT =
                List.of(new SortKey(Field.PRIORITY, false), new SortKey(Field.CREATED_AT, true));

        /**
         * Most urgent first: by the SLA or due deadline, soonest first, so breached tickets (whose
         * deadline has passed) lead, longest-breached first; then priority, then newest. Tickets
         * without a running deadline (paused, done) come last.
         */
        public static final List<SortKey> URGENCY = List.of(
                new SortKey(Field.DEADLINE_AT, false),
                new SortKey(Field.PRIORITY, false),
                new SortKey(Field.CREATED_AT, true));

        public enum Field {
            PRIORITY,
            CREATED_AT,
            UPDATED_AT,
            DUE_AT,
            DEADLINE_AT,
            NUMBER,
            SUMMARY,
            /** By the status's place in the workflow (new before in progress before resolved). */
            STATUS
        }
    }
}

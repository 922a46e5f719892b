package io.switchboard.infrastructure.jpa;

import io.switchboard.application.command.TicketFilter;
import io.switchboard.application.listing.ListCriteria;
import io.switchboard.domain.ticket.QueueState;
import io.switchboard.domain.ticket.TicketNumber;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The WHERE clause of a list filter and its parameters, shared by the page, the ids and the count. */
final class TicketListWhere {

    private static final String START = " WHERE ";
    private final StringBuilder where = new StringBuilder(START);
    private final Map<String, Object> params = new HashMap<>();

    /**
     * Statuses imply the queue state (live tickets in those statuses), so the queue state is
     * always an equality or a short IN list, never "not deleted": the composite indexes that
     * lead with queue state, or with the assignee, board or company and then queue state,
     * then deliver rows already in list order.
     */
    TicketListWhere(ListCriteria c) {
        TicketFilter f = c.filter();
        if (!c.statusIds().isEmpty()) {
            in("t.statusId", "statuses", c.statusIds());
            in("t.queueState", "states", c.statusStates());
        } else if (f.includeClosed() || f.resolved() != null) {
            in("t.queueState", "states", List.of(QueueState.ACTIVE, QueueState.DONE));
        } else {
            in("t.queueState", "states", List.of(QueueState.ACTIVE));
        }
        inUnlessEmpty("t.priority", "priorities", f.priorities());
        inUnlessEmpty("t.ticketType", "types", f.types());
        inUnlessEmpty("t.boardId", "boards", f.boardIds());
        inUnlessEmpty("t.companyId", "companies", f.companyIds());
        inUnlessEmpty("t.categoryId", "categories", f.categoryIds());
        if (f.contactId() != null) {
            add("t.contactId = :contact", "contact", f.contactId());
        }
        if (f.psa() != null) {
            add(
                    "EXISTS (SELECT l.id FROM PsaTicketLink l WHERE l.ticketId = t.id AND l.connectionId = :psaConnection"
                            + (f.psa().remoteBoardId() == null ? ")" : " AND l.remoteBoardId = :psaBoard)"),
                    "psaConnection",
                    f.psa().connectionId());
            if (f.psa().remoteBoardId() != null) {
                params.put("psaBoard", f.psa().remoteBoardId());
            }
        }
        switch (f.assigned().mode()) {
            case UNASSIGNED -> add("t.assigneeId IS NULL", null, null);
            case AGENT ->
                add("t.assigneeId = :assignee", "assignee", f.assigned().agentId());
            case ALL -> {}
        }
        if (Boolean.TRUE.equals(f.overdue())) {
            add("t.deadlineAt < :now", "now", c.now());
        } else if (Boolean.FALSE.equals(f.overdue())) {
            add("(t.deadlineAt IS NULL OR t.deadlineAt >= :now)", "now", c.now());
        }
        range("t.createdAt", "created", f.created());
        range("t.resolvedAt", "resolved", f.resolved());
        range("t.updatedAt", "updated", f.updated());
        if (f.query() != null && TicketNumber.looksLikeOne(f.query())) {
            add("t.id = :number", "number", TicketNumber.parse(f.query()).id());
        } // other text is matched by the search index, which gives the matches as among
        if (c.among() != null) {
            add("t.id IN :matches", "matches", c.among());
        }
    }

    String where() {
        return where.toString();
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        params.forEach(query::setParameter);
        return query;
    }

    private void range(String column, String name, TicketFilter.Period period) {
        if (period == null) {
            return;
        }
        if (period.from() != null) {
            add(column + " >= :" + name + "From", name + "From", period.from());
        }
        if (period.to() != null) {
            add(column + " < :" + name + "To", name + "To", period.to());
        }
    }

    private void inUnlessEmpty(String column, String name, Collection<?> values) {
        if (!values.isEmpty()) {
            in(column, name, values);
        }
    }

    /** An equality for one value (which the database matches on an index prefix), an IN list for more. */
    private void in(String column, String name, Collection<?> values) {
        if (values.size() == 1) {
            add(column + " = :" + name, name, values.iterator().next());
        } else {
            add(column + " IN :" + name, name, values);
        }
    }

    private void add(String condition, String name, Object value) {
        if (where.length() > START.length()) {
            where.append(" AND ");
        }
        where.append(condition);
        if (name != null) {
            params.put(name, value);
        }
    }
}

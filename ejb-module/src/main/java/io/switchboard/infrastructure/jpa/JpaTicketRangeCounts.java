package io.switchboard.infrastructure.jpa;

import io.switchboard.application.command.TicketFilter.Assigned;
import io.switchboard.application.count.TicketRangeCounts;
import io.switchboard.domain.ticket.QueueState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;

/**
 * Range counts in JPQL. Each counts the indexed column itself, so the database answers from the
 * index alone (created_at, resolved_at, deadline_at); a deadline is set only on live, active
 * tickets, so overdue needs no "not deleted" test.
 */
@ApplicationScoped
public class JpaTicketRangeCounts implements TicketRangeCounts {

    @PersistenceContext(unitName = "switchboard")
    private EntityManager em;

    @Override
    public long overdue(Instant at, Long boardId, Assigned assigned) {
        return countWhere("t.deadlineAt", "t.deadlineAt < :at", false, at, boardId, assigned);
    }

    @Override
    public long resolvedSince(Instant since, Long boardId, Assigned assigned) {
        return countWhere("t", "t.resolvedAt >= :at", true, since, boardId, assigned);
    }

    @Override
    public long createdBetween(Instant from, Instant to, Long boardId, Assigned assigned) {
        return countIn("t.createdAt", from, to, boardId, assigned);
    }

    @Override
    public long resolvedBetween(Instant from, Instant to, Long boardId, Assigned assigned) {
        return countIn("t.resolvedAt", from, to, boardId, assigned);
    }

    private long countIn(String column, Instant from, Instant to, Long boardId, Assigned assigned) {
        StringBuilder jpql = new StringBuilder("SELECT COUNT(")
                .append(column)
                .append(") FROM Ticket t WHERE ")
                .append(column)
                .append(" >= :from AND ")
                .append(column)
                .append(" < :to");
        scope(jpql, boardId, assigned);
        TypedQuery<Long> q = em.createQuery(jpql.toString(), Long.class)
                .setParameter("from", from)
                .setParameter("to", to);
        bind(q, boardId, assigned);
        return q.getSingleResult();
    }

    private long countWhere(
            String counted, String condition, boolean excludeDeleted, Instant at, Long boardId, Assigned assigned) {
        StringBuilder jpql = new StringBuilder("SELECT COUNT(")
                .append(counted)
                .append(") FROM Ticket t WHERE ")
                .append(condition)
                .append(excludeDeleted ? " AND t.queueState <> :deleted" : "");
        scope(jpql, boardId, assigned);
        TypedQuery<Long> q = em.createQuery(jpql.toString(), Long.class).setParameter("at", at);
        if (excludeDeleted) {
            q.setParameter("deleted", QueueState.DELETED);
        }
        bind(q, boardId, assigned);
        return q.getSingleResult();
    }

    private static void scope(StringBuilder jpql, Long boardId, Assigned assigned) {
        if (boardId != null) {
            jpql.append(" AND t.boardId = :board");
        }
        switch (assigned.mode()) {
            case UNASSIGNED -> jpql.append(" AND t.assigneeId IS NULL");
            case AGENT -> jpql.append(" AND t.assigneeId = :assignee");
            case ALL -> {}
        }
    }

    private static void bind(TypedQuery<?> q, Long boardId, Assigned assigned) {
        if (boardId != null) {
            q.setParameter("board", boardId);
        }
        if (assigned.mode() == Assigned.Mode.AGENT) {
            q.setParameter("assignee", assigned.agentId());
        }
    }
}

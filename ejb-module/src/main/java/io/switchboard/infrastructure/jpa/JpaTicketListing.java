package io.switchboard.infrastructure.jpa;

import io.switchboard.application.command.TicketFilter.SortKey;
import io.switchboard.application.listing.ListCriteria;
import io.switchboard.application.listing.TicketListing;
import io.switchboard.application.listing.TicketRow;
import io.switchboard.domain.ticket.Priority;
import io.switchboard.domain.ticket.QueueState;
import io.switchboard.domain.ticket.TicketType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Ticket lists in JPQL over the ticket table alone. */
@ApplicationScoped
public class JpaTicketListing implements TicketListing {

    private static final String COLUMNS = "t.id, t.summary, t.statusId, t.priority, t.ticketType, t.companyId,"
            + " t.assigneeId, t.boardId, t.categoryId, t.createdAt, t.updatedAt, t.dueAt, t.deadlineAt, t.version";

    @PersistenceContext(unitName = "switchboard")
    private EntityManager em;

    @Override
    public List<TicketRow> rows(ListCriteria criteria, List<SortKey> sort, int offset, int max) {
        TicketListWhere where = new TicketListWhere(criteria);
        return where.bind(em.createQuery(
                        "SELECT " + COLUMNS + " FROM Ticket t" + where.where() + orderBy(sort), Object[].class))
                .setFirstResult(offset)
                .setMaxResults(max)
                .getResultStream()
                .map(JpaTicketListing::row)
                .toList();
    }

    @Override
    public List<Long> ids(ListCriteria criteria, List<SortKey> sort, int offset, int max) {
        TicketListWhere where = new TicketListWhere(criteria);
        String order = sort == null ? "" : orderBy(sort);
        return where.bind(em.createQuery("SELECT t.id FROM Ticket t" + where.where() + order, Long.class))
                .setFirstResult(offset)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<TicketRow> rows(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT " + COLUMNS + " FROM Ticket t WHERE t.id IN :ids AND t.queueState <> :deleted",
                        Object[].class)
                .setParameter("ids", ids)
                .setParameter("deleted", QueueState.DELETED)
                .getResultStream()
                .map(JpaTicketListing::row)
                .toList();
    }

    @Override
    public long count(ListCriteria criteria) {
        TicketListWhere where = new TicketListWhere(criteria);
        return where.bind(em.createQuery("SELECT COUNT(t) FROM Ticket t" + where.where(), Long.class))
                .getSingleResult();
    }

    private static String orderBy(List<SortKey> sort) {
        List<String> terms = new ArrayList<>();
        boolean lastDescending = true;
        for (SortKey key : sort) {
            String column = switch (key.field()) {
                case PRIORITY -> "t.priority";
                case CREATED_AT -> "t.createdAt";
                case UPDATED_AT -> "t.updatedAt";
                case DUE_AT -> "t.dueAt";
                case DEADLINE_AT -> "t.deadlineAt";
                case NUMBER -> "t.id";
                case SUMMARY -> "t.summary";
                case STATUS -> "t.status.position";
            };
            terms.add(column + (key.descending() ? " DESC" : " ASC"));
            lastDescending = key.descending();
        }
        if (sort.stream().noneMatch(k -> k.field() == SortKey.Field.NUMBER)) {
            terms.add("t.id" + (lastDescending ? " DESC" : " ASC")); // a stable order: paging never repeats or skips
        }
        return " ORDER BY " + String.join(", ", terms);
    }

    private static TicketRow row(Object[] r) {
        return new TicketRow(
                (Long) r[0],
                (String) r[1],
                (Long) r[2],
                (Priority) r[3],
                (TicketType) r[4],
                (Long) r[5],
                (Long) r[6],
                (Long) r[7],
                (Long) r[8],
                (Instant) r[9],
                (Instant) r[10],
                (Instant) r[11],
                (Instant) r[12],
                ((Number) r[13]).longValue());
    }
}

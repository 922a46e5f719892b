package io.switchboard.incontainer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Reads what a transaction wrote, in the caller's transaction: tickets, history, outbox, counts. */
@ApplicationScoped
public class StoreProbe {

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    public long tickets(long id) {
        return count("SELECT COUNT(t) FROM Ticket t WHERE t.id = :id", id);
    }

    public long history(long ticketId) {
        return count("SELECT COUNT(h) FROM TicketHistory h WHERE h.ticketId = :id", ticketId);
    }

    public long outbox(long ticketId) {
        return outboxCount("", ticketId, null);
    }

    public long outbox(long ticketId, String type) {
        return outboxCount(" AND event_type = ?", ticketId, type);
    }

    /**
     * outbox_event has no index on ticket_id (nothing in the product asks by ticket), so the count
     * scans the table. On Derby a scan by a transaction that holds uncommitted rows can deadlock
     * with the dispatcher marking other rows dispatched (seen in CI); uncommitted read takes no row
     * locks, and the rows counted are this transaction's own or committed ones either way.
     */
    private long outboxCount(String and, long ticketId, String type) {
        String sql = "SELECT COUNT(*) FROM outbox_event WHERE ticket_id = ?" + and + (derby() ? " WITH UR" : "");
        var q = em.createNativeQuery(sql).setParameter(1, ticketId);
        if (type != null) {
            q.setParameter(2, type);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    /** Called in a transaction, as every probe is: the connection is the transaction's. */
    private boolean derby() {
        try {
            return em.unwrap(java.sql.Connection.class)
                    .getMetaData()
                    .getDatabaseProductName()
                    .startsWith("Apache Derby");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sum of ticket counts in the unfolded delta rows plus the folded tally. */
    public long tallyTickets() {
        Long pending = em.createQuery("SELECT SUM(d.tickets) FROM TallyDelta d", Long.class)
                .getSingleResult();
        Long folded = em.createQuery("SELECT SUM(c.tickets) FROM TallyCell c", Long.class)
                .getSingleResult();
        return (pending == null ? 0 : pending) + (folded == null ? 0 : folded);
    }

    public long ticketsInTable() {
        return em.createQuery("SELECT COUNT(t) FROM Ticket t WHERE t.deletedAt IS NULL", Long.class)
                .getSingleResult();
    }

    private long count(String jpql, long id) {
        return em.createQuery(jpql, Long.class).setParameter("id", id).getSingleResult();
    }
}

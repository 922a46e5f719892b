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
        return count("SELECT COUNT(e) FROM OutboxEvent e WHERE e.ticketId = :id", ticketId);
    }

    public long outbox(long ticketId, String type) {
        return em.createQuery(
                        "SELECT COUNT(e) FROM OutboxEvent e WHERE e.ticketId = :id AND e.type = :type", Long.class)
                .setParameter("id", ticketId)
                .setParameter("type", type)
                .getSingleResult();
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

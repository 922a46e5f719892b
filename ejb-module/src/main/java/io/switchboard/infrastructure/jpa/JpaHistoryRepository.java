package io.switchboard.infrastructure.jpa;

import io.switchboard.domain.ticket.HistoryRepository;
import io.switchboard.domain.ticket.TicketHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class JpaHistoryRepository implements HistoryRepository {

    @PersistenceContext(unitName = "switchboard")
    private EntityManager em;

    @Override
    public List<TicketHistory> forTicket(long ticketId, int first, int max) {
        return em.createQuery("SELECT h FROM TicketHistory h WHERE h.ticketId = :t ORDER BY h.id", TicketHistory.class)
                .setParameter("t", ticketId)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long countForTicket(long ticketId) {
        return em.createQuery("SELECT COUNT(h) FROM TicketHistory h WHERE h.ticketId = :t", Long.class)
                .setParameter("t", ticketId)
                .getSingleResult();
    }
}

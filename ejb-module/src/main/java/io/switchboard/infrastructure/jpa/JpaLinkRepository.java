package io.switchboard.infrastructure.jpa;

import io.switchboard.domain.ticket.LinkRepository;
import io.switchboard.domain.ticket.LinkType;
import io.switchboard.domain.ticket.TicketLink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaLinkRepository implements LinkRepository {

    @PersistenceContext(unitName = "switchboard")
    private EntityManager em;

    @Override
    public TicketLink add(TicketLink link) {
        em.persist(link);
        return link;
    }

    @Override
    public Optional<TicketLink> find(long linkId) {
        return Optional.ofNullable(em.find(TicketLink.class, linkId));
    }

    @Override
    public List<TicketLink> forTicket(long ticketId) {
        return em.createQuery(
                        "SELECT l FROM TicketLink l WHERE l.sourceId = :t OR l.targetId = :t ORDER BY l.id",
                        TicketLink.class)
                .setParameter("t", ticketId)
                .getResultList();
    }

    @Override
    public boolean linked(long a, long b) {
        return !em.createQuery(
                        "SELECT l.id FROM TicketLink l WHERE (l.sourceId = :a AND l.targetId = :b)"
                                + " OR (l.sourceId = :b AND l.targetId = :a)",
                        Long.class)
                .setParameter("a", a)
                .setParameter("b", b)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public Optional<Long> parentOf(long childId) {
        return em.createQuery(
                        "SELECT l.sourceId FROM TicketLink l WHERE l.targetId = :c AND l.linkType = :parent",
                        Long.class)
                .setParameter("c", childId)
                .setParameter("parent", LinkType.PARENT)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void remove(TicketLink link) {
        em.remove(em.contains(link) ? link : em.merge(link));
    }
}

package io.switchboard.infrastructure.jpa;

import io.switchboard.domain.ticket.CommentRepository;
import io.switchboard.domain.ticket.TicketComment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCommentRepository implements CommentRepository {

    @PersistenceContext(unitName = "switchboard")
    private EntityManager em;

    @Override
    public TicketComment add(TicketComment comment) {
        em.persist(comment);
        return comment;
    }

    @Override
    public List<TicketComment> forTicket(long ticketId, boolean includeInternal) {
        String visibility = includeInternal ? "" : " AND c.internal = FALSE";
        return em.createQuery(
                        "SELECT c FROM TicketComment c WHERE c.ticketId = :t" + visibility
                                + " ORDER BY c.createdAt, c.id",
                        TicketComment.class)
                .setParameter("t", ticketId)
                .getResultList();
    }

    @Override
    public Optional<TicketComment> byMessageId(String messageId) {
        return em.createQuery("SELECT c FROM TicketComment c WHERE c.messageId = :m", TicketComment.class)
                .setParameter("m", messageId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}

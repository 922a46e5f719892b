package io.switchboard.infrastructure.jpa;

import io.switchboard.domain.shared.NotFoundException;
import io.switchboard.domain.ticket.Attachment;
import io.switchboard.domain.ticket.AttachmentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/** Keeps attachments in the database, so a backup of the database is a backup of everything. */
@ApplicationScoped
public class DatabaseAttachmentStore implements AttachmentStore {

    @PersistenceContext(unitName = "switchboard")
    private EntityManager em;

    @Override
    public Attachment add(Attachment attachment, byte[] content) {
        em.persist(attachment);
        em.persist(new AttachmentContent(attachment.id(), content));
        return attachment;
    }

    @Override
    public Optional<Attachment> find(long id) {
        return Optional.ofNullable(em.find(Attachment.class, id));
    }

    @Override
    public List<Attachment> forTicket(long ticketId) {
        return em.createQuery("SELECT a FROM Attachment a WHERE a.ticketId = :t ORDER BY a.id", Attachment.class)
                .setParameter("t", ticketId)
                .getResultList();
    }

    @Override
    public InputStream open(long id) {
        AttachmentContent content = em.find(AttachmentContent.class, id);
        if (content == null) {
            throw new NotFoundException("Attachment", id);
        }
        return new ByteArrayInputStream(content.content());
    }
}

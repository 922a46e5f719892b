package io.switchboard.infrastructure.mail;

import io.switchboard.domain.mail.InboundMail;
import io.switchboard.domain.mail.InboundMailRepository;
import io.switchboard.domain.mail.MailCursorState;
import io.switchboard.domain.mail.MailState;
import io.switchboard.domain.mail.MailboxPollState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Inbound messages and their raw bytes in the database. */
@ApplicationScoped
public class JpaInboundMailRepository implements InboundMailRepository {

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Override
    public InboundMail add(InboundMail mail, byte[] raw) {
        em.persist(mail);
        em.flush(); // the id, and the unique key checked now rather than at commit
        em.persist(new RawMail(mail.id(), raw));
        return mail;
    }

    @Override
    public Optional<InboundMail> find(long id) {
        return Optional.ofNullable(em.find(InboundMail.class, id));
    }

    @Override
    public Optional<InboundMail> lock(long id) {
        return Optional.ofNullable(em.find(InboundMail.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<InboundMail> byMessageId(long mailboxId, String messageId) {
        return em.createQuery(
                        "SELECT m FROM InboundMail m WHERE m.mailboxId = :b AND m.messageId = :id ORDER BY m.id",
                        InboundMail.class)
                .setParameter("b", mailboxId)
                .setParameter("id", messageId)
                .getResultList();
    }

    @Override
    public Optional<InboundMail> byKey(long mailboxId, String dedupeKey) {
        return em.createQuery(
                        "SELECT m FROM InboundMail m WHERE m.mailboxId = :b AND m.dedupeKey = :k", InboundMail.class)
                .setParameter("b", mailboxId)
                .setParameter("k", dedupeKey)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<InboundMail> at(long mailboxId, long uidValidity, long uid) {
        return em.createQuery(
                        "SELECT m FROM InboundMail m WHERE m.mailboxId = :b AND m.uidValidity = :v AND m.uid = :u",
                        InboundMail.class)
                .setParameter("b", mailboxId)
                .setParameter("v", uidValidity)
                .setParameter("u", uid)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<InboundMail> onTicketByMessageId(String messageId) {
        return em.createQuery(
                        "SELECT m FROM InboundMail m WHERE m.messageId = :id AND m.ticketId IS NOT NULL ORDER BY m.id",
                        InboundMail.class)
                .setParameter("id", messageId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public byte[] raw(long id) {
        RawMail raw = em.find(RawMail.class, id);
        return raw == null ? new byte[0] : raw.raw();
    }

    @Override
    public Optional<String> lastMessageIdOnTicket(long ticketId) {
        return em.createQuery(
                        "SELECT m.messageId FROM InboundMail m WHERE m.ticketId = :t AND m.messageId IS NOT NULL"
                                + " AND m.state = :s ORDER BY m.id DESC",
                        String.class)
                .setParameter("t", ticketId)
                .setParameter("s", MailState.PROCESSED)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Long> waiting(long mailboxId, int max) {
        return em.createQuery(
                        "SELECT m.id FROM InboundMail m WHERE m.state = :s AND m.mailboxId = :b ORDER BY m.id",
                        Long.class)
                .setParameter("s", MailState.RECEIVED)
                .setParameter("b", mailboxId)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<InboundMail> inState(MailState state, Long mailboxId, int first, int max) {
        var q = em.createQuery(
                "SELECT m FROM InboundMail m" + where(state, mailboxId) + " ORDER BY m.id DESC", InboundMail.class);
        bind(q, state, mailboxId);
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(MailState state, Long mailboxId) {
        var q = em.createQuery("SELECT COUNT(m) FROM InboundMail m" + where(state, mailboxId), Long.class);
        bind(q, state, mailboxId);
        return q.getSingleResult();
    }

    private static String where(MailState state, Long mailboxId) {
        List<String> terms = new java.util.ArrayList<>();
        if (state != null) {
            terms.add("m.state = :s");
        }
        if (mailboxId != null) {
            terms.add("m.mailboxId = :b");
        }
        return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
    }

    private static void bind(jakarta.persistence.TypedQuery<?> q, MailState state, Long mailboxId) {
        if (state != null) {
            q.setParameter("s", state);
        }
        if (mailboxId != null) {
            q.setParameter("b", mailboxId);
        }
    }

    @Override
    public Optional<MailCursorState> cursor(long mailboxId) {
        return Optional.ofNullable(em.find(MailCursorState.class, mailboxId));
    }

    @Override
    public MailCursorState saveCursor(MailCursorState cursor) {
        em.persist(cursor);
        return cursor;
    }

    @Override
    public MailboxPollState pollState(long mailboxId) {
        MailboxPollState state = em.find(MailboxPollState.class, mailboxId);
        if (state == null) {
            state = new MailboxPollState(mailboxId);
            em.persist(state);
        }
        return state;
    }

    @Override
    public List<MailboxPollState> pollStates(List<Long> mailboxIds) {
        if (mailboxIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM MailboxPollState p WHERE p.mailboxId IN :ids", MailboxPollState.class)
                .setParameter("ids", mailboxIds)
                .getResultList();
    }
}

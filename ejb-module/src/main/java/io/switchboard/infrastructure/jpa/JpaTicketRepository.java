package io.switchboard.infrastructure.jpa;

import io.switchboard.domain.shared.NotFoundException;
import io.switchboard.domain.ticket.QueueState;
import io.switchboard.domain.ticket.Tally;
import io.switchboard.domain.ticket.Ticket;
import io.switchboard.domain.ticket.TicketNumber;
import io.switchboard.domain.ticket.TicketRepository;
import io.switchboard.infrastructure.outbox.Outbox;
import io.switchboard.infrastructure.tally.TallyDelta;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

@ApplicationScoped
public class JpaTicketRepository implements TicketRepository {

    @PersistenceContext(unitName = "switchboard")
    private EntityManager em;

    /** Holds each locked ticket's count contribution as loaded, for the length of the transaction. */
    @Resource
    private TransactionSynchronizationRegistry transaction;

    @Inject
    private Outbox outbox;

    private record Baseline(long ticketId) {}

    @Override
    public Ticket add(Ticket ticket) {
        record(ticket);
        em.flush();
        return ticket;
    }

    @Override
    public void addAll(List<Ticket> batch) {
        batch.forEach(this::record);
        em.flush();
    }

    private void record(Ticket ticket) {
        em.persist(ticket);
        transaction.putResource(new Baseline(ticket.id()), Optional.empty());
        write(ticket);
    }

    @Override
    public Optional<Ticket> find(long id) {
        Ticket ticket = em.find(Ticket.class, id);
        return ticket == null || ticket.deletedAt() != null ? Optional.empty() : Optional.of(ticket);
    }

    @Override
    public Optional<Ticket> findByExternalRef(String provider, String externalId) {
        return em.createQuery(
                        "SELECT t FROM Ticket t WHERE t.external.provider = :p AND t.external.externalId = :x AND t.deletedAt IS NULL",
                        Ticket.class)
                .setParameter("p", provider)
                .setParameter("x", externalId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Ticket lock(long id) {
        Ticket ticket = lockIncludingDeleted(id);
        if (ticket.deletedAt() != null) {
            throw new NotFoundException("Ticket", new TicketNumber(id));
        }
        return ticket;
    }

    @Override
    public List<Ticket> deleted(int first, int max) {
        return em.createQuery(
                        "SELECT t FROM Ticket t WHERE t.queueState = :deleted ORDER BY t.deletedAt DESC, t.id DESC",
                        Ticket.class)
                .setParameter("deleted", QueueState.DELETED)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public Ticket lockIncludingDeleted(long id) {
        Ticket ticket = em.find(Ticket.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (ticket == null) {
            throw new NotFoundException("Ticket", id < 1 ? id : new TicketNumber(id));
        }
        Baseline key = new Baseline(id);
        if (transaction.getResource(key) == null) {
            transaction.putResource(key, Optional.ofNullable(ticket.tally()));
        }
        return ticket;
    }

    @Override
    public void store(Ticket ticket) {
        write(ticket);
        em.flush(); // the version the caller hands out as ETag is the one written now
    }

    @SuppressWarnings("unchecked")
    private void write(Ticket ticket) {
        ticket.drainHistory().forEach(em::persist);
        outbox.append(ticket.drainEvents());
        Baseline key = new Baseline(ticket.id());
        Optional<Tally> before = (Optional<Tally>) transaction.getResource(key);
        if (before == null) {
            throw new IllegalStateException("Ticket " + ticket.id() + " was changed without being locked first");
        }
        Tally after = ticket.tally();
        if (!Objects.equals(before.orElse(null), after)) {
            before.ifPresent(b -> em.persist(TallyDelta.of(b.negate(), -1)));
            if (after != null) {
                em.persist(TallyDelta.of(after, 1));
            }
            transaction.putResource(key, Optional.ofNullable(after));
        }
    }
}

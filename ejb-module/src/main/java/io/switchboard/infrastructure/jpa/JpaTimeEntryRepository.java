package io.switchboard.infrastructure.jpa;

import io.switchboard.domain.ticket.TimeEntry;
import io.switchboard.domain.ticket.TimeEntryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTimeEntryRepository implements TimeEntryRepository {

    @PersistenceContext(unitName = "switchboard")
    private EntityManager em;

    @Override
    public TimeEntry add(TimeEntry entry) {
        em.persist(entry); // the sequence gives the id now: the ticket's event carries it
        return entry;
    }

    @Override
    public Optional<TimeEntry> find(long ticketId, long entryId) {
        TimeEntry entry = em.find(TimeEntry.class, entryId);
        return entry != null && entry.ticketId() == ticketId ? Optional.of(entry) : Optional.empty();
    }

    @Override
    public List<TimeEntry> forTicket(long ticketId) {
        return em.createQuery(
                        "SELECT e FROM TimeEntry e JOIN FETCH e.agent WHERE e.ticketId = :t ORDER BY e.startedAt, e.id",
                        TimeEntry.class)
                .setParameter("t", ticketId)
                .getResultList();
    }

    @Override
    public void remove(TimeEntry entry) {
        em.remove(entry);
    }
}

package io.switchboard.infrastructure.jpa;

import io.switchboard.domain.ticket.TaskRepository;
import io.switchboard.domain.ticket.TicketTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTaskRepository implements TaskRepository {

    @PersistenceContext(unitName = "switchboard")
    private EntityManager em;

    @Override
    public TicketTask add(TicketTask task) {
        em.persist(task);
        return task;
    }

    @Override
    public Optional<TicketTask> find(long ticketId, long taskId) {
        TicketTask task = em.find(TicketTask.class, taskId);
        return task != null && task.ticketId() == ticketId ? Optional.of(task) : Optional.empty();
    }

    @Override
    public List<TicketTask> forTicket(long ticketId) {
        return em.createQuery(
                        "SELECT t FROM TicketTask t LEFT JOIN FETCH t.assignee WHERE t.ticketId = :t ORDER BY t.position, t.id",
                        TicketTask.class)
                .setParameter("t", ticketId)
                .getResultList();
    }

    @Override
    public int nextPosition(long ticketId) {
        Integer max = em.createQuery("SELECT MAX(t.position) FROM TicketTask t WHERE t.ticketId = :t", Integer.class)
                .setParameter("t", ticketId)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    @Override
    public void remove(TicketTask task) {
        em.remove(task);
    }

    @Override
    public void flush() {
        em.flush();
    }
}

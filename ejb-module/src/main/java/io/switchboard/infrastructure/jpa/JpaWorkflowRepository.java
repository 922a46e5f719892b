package io.switchboard.infrastructure.jpa;

import io.switchboard.domain.workflow.WorkflowRepository;
import io.switchboard.domain.workflow.WorkflowStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

@ApplicationScoped
public class JpaWorkflowRepository implements WorkflowRepository {

    @PersistenceContext(unitName = "switchboard")
    private EntityManager em;

    private final CatalogSnapshot ids = new CatalogSnapshot(
            () -> em.createQuery("SELECT s.id FROM WorkflowStatus s ORDER BY s.position, s.id", Long.class)
                    .getResultList());

    @Override
    public List<WorkflowStatus> statuses() {
        return ids.ids().stream()
                .map(id -> em.find(WorkflowStatus.class, id))
                .filter(Objects::nonNull)
                .toList();
    }

    @Override
    public Optional<WorkflowStatus> byKey(String key) {
        return statuses().stream().filter(s -> s.key().equals(key)).findFirst();
    }

    @Override
    public Optional<WorkflowStatus> byId(long id) {
        return Optional.ofNullable(em.find(WorkflowStatus.class, id));
    }

    @Override
    public WorkflowStatus initial() {
        return statuses().stream()
                .filter(s -> s.isInitial() && s.isActive())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The workflow has no active initial status"));
    }

    @Override
    public WorkflowStatus save(WorkflowStatus status) {
        ids.invalidate();
        if (em.find(WorkflowStatus.class, status.id()) == null) {
            em.persist(status);
            return status;
        }
        return em.merge(status);
    }

    @Override
    public void flush() {
        em.flush();
    }
}

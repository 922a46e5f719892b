package io.switchboard.infrastructure.jpa;

import io.switchboard.domain.workflow.WorkflowRepository;
import io.switchboard.domain.workflow.WorkflowStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaWorkflowRepository implements WorkflowRepository {

    @PersistenceContext(unitName = "switchboard")
    private EntityManager em;

    @Override
    public List<WorkflowStatus> statuses() {
        return em.createQuery("SELECT s FROM WorkflowStatus s ORDER BY s.position, s.id", WorkflowStatus.class)
                .getResultList();
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
        if (em.find(WorkflowStatus.class, status.id()) == null) {
            em.persist(status);
            return status;
        }
        return em.merge(status);
    }
}

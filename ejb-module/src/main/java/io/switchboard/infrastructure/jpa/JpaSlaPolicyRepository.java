package io.switchboard.infrastructure.jpa;

import io.switchboard.domain.sla.SlaPolicy;
import io.switchboard.domain.sla.SlaPolicyRepository;
import io.switchboard.domain.ticket.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class JpaSlaPolicyRepository implements SlaPolicyRepository {

    @PersistenceContext(unitName = "switchboard")
    private EntityManager em;

    private final CatalogSnapshot ids =
            new CatalogSnapshot(() -> em.createQuery("SELECT p.id FROM SlaPolicy p ORDER BY p.priority", Long.class)
                    .getResultList());

    @Override
    public SlaPolicy forPriority(Priority priority) {
        return all().stream()
                .filter(p -> p.priority() == priority)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No SLA policy for priority " + priority.key()));
    }

    @Override
    public List<SlaPolicy> all() {
        return ids.ids().stream().map(id -> em.find(SlaPolicy.class, id)).toList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}

package io.switchboard.infrastructure.outbox;

import io.switchboard.application.live.ChangeFeed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Every ticket change writes an outbox event in its transaction: the newest id says whether anything moved. */
@ApplicationScoped
public class OutboxChangeFeed implements ChangeFeed {

    @PersistenceContext(unitName = "switchboard")
    private EntityManager em;

    @Override
    public long latest() {
        Number max = (Number)
                em.createNativeQuery("SELECT MAX(id) FROM outbox_event").getSingleResult();
        return max == null ? 0 : max.longValue();
    }
}

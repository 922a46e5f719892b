package io.switchboard.infrastructure.jpa;

import io.switchboard.application.PastChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The "ticket-past" row of {@code shared_stamp} (changeset 119). */
@ApplicationScoped
public class JpaPastChanges implements PastChanges {

    private static final String NAME = "ticket-past";

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Override
    public long stamp() {
        Object value = em.createNativeQuery("SELECT stamp FROM shared_stamp WHERE name = ?1")
                .setParameter(1, NAME)
                .getSingleResult();
        return ((Number) value).longValue();
    }

    @Override
    public void rewritten() {
        em.createNativeQuery("UPDATE shared_stamp SET stamp = stamp + 1 WHERE name = ?1")
                .setParameter(1, NAME)
                .executeUpdate();
    }
}

package io.switchboard.infrastructure.jpa;

import io.switchboard.application.DatabaseProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
public class JpaDatabaseProbe implements DatabaseProbe {

    @PersistenceContext(unitName = "switchboard")
    private EntityManager em;

    /** A count, not a find: entity reads may be answered by the shared cache without asking the database. */
    @Override
    public void roundTrip() {
        em.createQuery("SELECT COUNT(s) FROM WorkflowStatus s", Long.class).getSingleResult();
    }
}

package io.switchboard.infrastructure.jpa;

import io.switchboard.domain.access.LoginFailure;
import io.switchboard.domain.access.LoginFailureRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaLoginFailureRepository implements LoginFailureRepository {

    @PersistenceContext(unitName = "switchboard")
    private EntityManager em;

    @Override
    public void add(LoginFailure failure) {
        em.persist(failure);
    }

    @Override
    public Optional<LoginFailure> lastThrottled(String username, String address, Instant since) {
        return em.createQuery(
                        "SELECT f FROM LoginFailure f WHERE f.username = :u AND f.address = :a"
                                + " AND f.outcome = 'THROTTLED' AND f.failedAt >= :since ORDER BY f.failedAt DESC",
                        LoginFailure.class)
                .setParameter("u", username)
                .setParameter("a", address)
                .setParameter("since", since)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<LoginFailure> recent(int limit) {
        return em.createQuery("SELECT f FROM LoginFailure f ORDER BY f.failedAt DESC, f.id DESC", LoginFailure.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public int removeBefore(Instant before) {
        return em.createQuery("DELETE FROM LoginFailure f WHERE f.failedAt < :before")
                .setParameter("before", before)
                .executeUpdate();
    }
}

package io.switchboard.infrastructure.jpa;

import io.switchboard.domain.access.ApiToken;
import io.switchboard.domain.access.ApiTokenRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaApiTokenRepository implements ApiTokenRepository {

    @PersistenceContext(unitName = "switchboard")
    private EntityManager em;

    @Override
    public void add(ApiToken token) {
        em.persist(token);
        em.flush();
    }

    @Override
    public Optional<ApiToken> find(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    @Override
    public Optional<ApiToken> byHash(String tokenHash) {
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.tokenHash = :h", ApiToken.class)
                .setParameter("h", tokenHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<ApiToken> of(String usernameOrNull, boolean includeRevoked, int max) {
        String where = (usernameOrNull == null ? "" : " AND t.username = :u")
                + (includeRevoked ? "" : " AND t.revokedAt IS NULL");
        var query = em.createQuery(
                "SELECT t FROM ApiToken t WHERE 1 = 1" + where + " ORDER BY t.createdAt DESC", ApiToken.class);
        if (usernameOrNull != null) {
            query.setParameter("u", usernameOrNull);
        }
        return query.setMaxResults(max).getResultList();
    }

    @Override
    public long countLive(String username) {
        return em.createQuery(
                        "SELECT COUNT(t) FROM ApiToken t WHERE t.username = :u AND t.revokedAt IS NULL", Long.class)
                .setParameter("u", username)
                .getSingleResult();
    }
}

package io.switchboard.infrastructure.jpa;

import io.switchboard.domain.reply.CannedReply;
import io.switchboard.domain.reply.CannedReplyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCannedReplyRepository implements CannedReplyRepository {

    @PersistenceContext(unitName = "switchboard")
    private EntityManager em;

    @Override
    public CannedReply add(CannedReply reply) {
        em.persist(reply);
        em.flush(); // the version is assigned now: the answer's ETag must be the stored one
        return reply;
    }

    @Override
    public Optional<CannedReply> find(long id) {
        return Optional.ofNullable(em.find(CannedReply.class, id));
    }

    @Override
    public List<CannedReply> visibleTo(String login) {
        return em.createQuery(
                        "SELECT r FROM CannedReply r WHERE r.owner IS NULL OR r.owner = :me ORDER BY r.title, r.id",
                        CannedReply.class)
                .setParameter("me", login)
                .getResultList();
    }

    @Override
    public CannedReply written(CannedReply reply) {
        em.flush();
        return reply;
    }

    @Override
    public void remove(CannedReply reply) {
        em.remove(reply);
    }
}

package io.switchboard.infrastructure.jpa;

import io.switchboard.domain.psa.MappingKind;
import io.switchboard.domain.psa.PsaBoard;
import io.switchboard.domain.psa.PsaMapping;
import io.switchboard.domain.psa.PsaPartLink;
import io.switchboard.domain.psa.PsaSyncRepository;
import io.switchboard.domain.psa.PsaTicketLink;
import io.switchboard.domain.psa.SyncRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPsaSyncRepository implements PsaSyncRepository {

    @PersistenceContext(unitName = "switchboard")
    private EntityManager em;

    @Override
    public List<PsaBoard> boards(long connectionId) {
        // AUTO: an admin's change in this transaction shows in the answer (the unit flushes on commit otherwise).
        return em.createQuery("SELECT b FROM PsaBoard b WHERE b.connectionId = :c ORDER BY b.id", PsaBoard.class)
                .setFlushMode(FlushModeType.AUTO)
                .setParameter("c", connectionId)
                .getResultList();
    }

    @Override
    public Optional<PsaBoard> board(long boardId) {
        return Optional.ofNullable(em.find(PsaBoard.class, boardId));
    }

    @Override
    public List<PsaMapping> mappings(long connectionId) {
        return em.createQuery(
                        "SELECT m FROM PsaMapping m WHERE m.connectionId = :c ORDER BY m.kind, m.scope, m.remoteId",
                        PsaMapping.class)
                .setFlushMode(FlushModeType.AUTO)
                .setParameter("c", connectionId)
                .getResultList();
    }

    @Override
    public void replaceMappings(long connectionId, MappingKind kind, List<PsaMapping> mappings) {
        em.createQuery("DELETE FROM PsaMapping m WHERE m.connectionId = :c AND m.kind = :k")
                .setParameter("c", connectionId)
                .setParameter("k", kind)
                .executeUpdate();
        em.flush();
        mappings.forEach(em::persist);
    }

    @Override
    public Optional<PsaTicketLink> link(String provider, long connectionId, String remoteId) {
        return em.createQuery(
                        "SELECT l FROM PsaTicketLink l WHERE l.provider = :p AND l.connectionId = :c AND l.remoteId = :r",
                        PsaTicketLink.class)
                .setParameter("p", provider)
                .setParameter("c", connectionId)
                .setParameter("r", remoteId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<PsaTicketLink> linkOfTicket(long ticketId) {
        return em.createQuery("SELECT l FROM PsaTicketLink l WHERE l.ticketId = :t", PsaTicketLink.class)
                .setParameter("t", ticketId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<PsaTicketLink> linksOfTickets(java.util.Collection<Long> ticketIds) {
        if (ticketIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT l FROM PsaTicketLink l WHERE l.ticketId IN :t", PsaTicketLink.class)
                .setParameter("t", ticketIds)
                .getResultList();
    }

    @Override
    public List<String> linkedNotes(long connectionId, long ticketId) {
        return em.createQuery(
                        "SELECT n.remoteNoteId FROM PsaNoteLink n WHERE n.connectionId = :c AND n.ticketId = :t",
                        String.class)
                .setParameter("c", connectionId)
                .setParameter("t", ticketId)
                .getResultList();
    }

    @Override
    public java.util.Set<Long> linkedParts(long connectionId, long ticketId, PsaPartLink.Kind kind) {
        return new java.util.HashSet<>(em.createQuery(
                        "SELECT l.localId FROM PsaPartLink l"
                                + " WHERE l.connectionId = :c AND l.ticketId = :t AND l.kind = :k",
                        Long.class)
                .setParameter("c", connectionId)
                .setParameter("t", ticketId)
                .setParameter("k", kind)
                .getResultList());
    }

    @Override
    public List<String> linkedComments(long connectionId, long ticketId) {
        return em.createQuery(
                        "SELECT n.commentId FROM PsaNoteLink n WHERE n.connectionId = :c AND n.ticketId = :t",
                        Long.class)
                .setParameter("c", connectionId)
                .setParameter("t", ticketId)
                .getResultStream()
                .map(String::valueOf)
                .toList();
    }

    @Override
    public Optional<SyncRun> run(long runId) {
        return Optional.ofNullable(em.find(SyncRun.class, runId));
    }

    @Override
    public List<SyncRun> runs(long connectionId, int first, int max) {
        return em.createQuery(
                        "SELECT r FROM SyncRun r WHERE r.connectionId = :c ORDER BY r.startedAt DESC, r.id DESC",
                        SyncRun.class)
                .setParameter("c", connectionId)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long countRuns(long connectionId) {
        return em.createQuery("SELECT COUNT(r) FROM SyncRun r WHERE r.connectionId = :c", Long.class)
                .setParameter("c", connectionId)
                .getSingleResult();
    }

    @Override
    public Optional<SyncRun> lastRun(long connectionId) {
        return runs(connectionId, 0, 1).stream().findFirst();
    }

    @Override
    public <T> T add(T entity) {
        em.persist(entity);
        return entity;
    }
}

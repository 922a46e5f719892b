package io.switchboard.infrastructure.jpa;

import io.switchboard.application.notify.PreferenceStore;
import io.switchboard.domain.directory.Board;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code notification_preference} and {@code board_subscription} tables, in plain SQL. */
@ApplicationScoped
public class JpaPreferenceStore implements PreferenceStore {

    @PersistenceContext(unitName = "switchboard")
    private EntityManager em;

    @Override
    public Boolean enabled(String username, String eventType, String channel) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery(
                        "SELECT enabled FROM notification_preference WHERE username = ? AND event_type = ? AND channel = ?")
                .setParameter(1, username)
                .setParameter(2, eventType)
                .setParameter(3, channel)
                .getResultList();
        return rows.isEmpty() ? null : truthy(rows.get(0));
    }

    @Override
    public Map<String, Boolean> choices(String username) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT event_type, channel, enabled FROM notification_preference WHERE username = ?")
                .setParameter(1, username)
                .getResultList();
        Map<String, Boolean> stored = new LinkedHashMap<>();
        rows.forEach(r -> stored.put(r[0] + "|" + r[1], truthy(r[2])));
        return stored;
    }

    @Override
    public void store(String username, String eventType, String channel, boolean enabled) {
        em.createNativeQuery(
                        "DELETE FROM notification_preference WHERE username = ? AND event_type = ? AND channel = ?")
                .setParameter(1, username)
                .setParameter(2, eventType)
                .setParameter(3, channel)
                .executeUpdate();
        em.createNativeQuery(
                        "INSERT INTO notification_preference (username, event_type, channel, enabled) VALUES (?, ?, ?, ?)")
                .setParameter(1, username)
                .setParameter(2, eventType)
                .setParameter(3, channel)
                .setParameter(4, enabled)
                .executeUpdate();
    }

    @Override
    public List<Long> boardsFollowed(long agentId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(
                        "SELECT board_id FROM board_subscription WHERE agent_id = ? ORDER BY board_id")
                .setParameter(1, agentId)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    @Override
    public boolean boardExists(long boardId) {
        return em.find(Board.class, boardId) != null;
    }

    @Override
    public void follow(long agentId, long boardId, boolean on) {
        em.createNativeQuery("DELETE FROM board_subscription WHERE agent_id = ? AND board_id = ?")
                .setParameter(1, agentId)
                .setParameter(2, boardId)
                .executeUpdate();
        if (on) {
            em.createNativeQuery("INSERT INTO board_subscription (board_id, agent_id) VALUES (?, ?)")
                    .setParameter(1, boardId)
                    .setParameter(2, agentId)
                    .executeUpdate();
        }
    }

    private static boolean truthy(Object value) {
        return value instanceof Boolean b
                ? b
                : value instanceof Number n ? n.intValue() != 0 : Boolean.parseBoolean(String.valueOf(value));
    }
}

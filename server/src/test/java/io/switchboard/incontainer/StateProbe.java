package io.switchboard.incontainer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;

/** Raw rows of plugin instances and their state, in the caller's transaction. */
@ApplicationScoped
public class StateProbe {

    private static long next = System.currentTimeMillis() % 1_000_000 * 1000;

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    /** An instance row of a plugin that need not be installed: the state table only needs the row. */
    public synchronized long newInstance(String name) {
        long id = ++next;
        Timestamp now = Timestamp.from(Instant.now());
        em.createNativeQuery(
                        "INSERT INTO plugin_instance (id, plugin_id, kind, factory_id, name, enabled,"
                                + " retry_max_attempts, retry_base_seconds, retry_max_seconds, config, secrets, version,"
                                + " created_at, created_by, updated_at, updated_by)"
                                + " VALUES (?, 'probe', 'notifier', 'probe', ?, TRUE, 1, 1, 1, '{}', '{}', 0, ?, 'probe', ?, 'probe')")
                .setParameter(1, id)
                .setParameter(2, name + "-" + id)
                .setParameter(3, now)
                .setParameter(4, now)
                .executeUpdate();
        return id;
    }

    public String storedValue(long instance, String key) throws java.sql.SQLException {
        Object value = em.createNativeQuery(
                        "SELECT state_value FROM plugin_instance_state WHERE instance_id = ? AND state_key = ?")
                .setParameter(1, instance)
                .setParameter(2, key)
                .getSingleResult();
        return value instanceof java.sql.Clob clob ? clob.getSubString(1, (int) clob.length()) : (String) value;
    }

    public int storeRaw(long instance, String key, String value, boolean secret) {
        return em.createNativeQuery("INSERT INTO plugin_instance_state (instance_id, state_key, state_value, secret,"
                        + " updated_at) VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, instance)
                .setParameter(2, key)
                .setParameter(3, value)
                .setParameter(4, secret)
                .setParameter(5, Timestamp.from(Instant.now()))
                .executeUpdate();
    }

    public long keys(long instance) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM plugin_instance_state WHERE instance_id = ?")
                        .setParameter(1, instance)
                        .getSingleResult())
                .longValue();
    }

    public int deleteInstance(long instance) {
        return em.createNativeQuery("DELETE FROM plugin_instance WHERE id = ?")
                .setParameter(1, instance)
                .executeUpdate();
    }
}

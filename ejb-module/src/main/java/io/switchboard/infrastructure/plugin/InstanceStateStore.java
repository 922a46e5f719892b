package io.switchboard.infrastructure.plugin;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;

/**
 * Plugin instance state in the database, each read and write its own transaction so that it is
 * visible to the next call on every server. Secret values are sealed by {@link SecretBox}, bound
 * to their instance and key, so a ciphertext copied to another instance or key does not open.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class InstanceStateStore {

    /** At most this many keys per instance: state is for tokens and cursors, not a database. */
    static final int MAX_KEYS = 500;

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    SecretBox secrets;

    @Inject
    Clock clock;

    public Optional<String> get(long instanceId, String key) {
        InstanceStateEntry entry = em.find(InstanceStateEntry.class, new InstanceStateEntry.Key(instanceId, key));
        if (entry == null) {
            return Optional.empty();
        }
        return entry.secret()
                ? secrets.open(aad(instanceId, key), entry.storedValue())
                : Optional.of(entry.storedValue());
    }

    /** Stores the value; false (and nothing stored) when the key is new and the instance already has {@link #MAX_KEYS}. */
    public boolean put(long instanceId, String key, String value, boolean secret) {
        InstanceStateEntry entry = em.find(InstanceStateEntry.class, new InstanceStateEntry.Key(instanceId, key));
        if (entry == null) {
            long keys = em.createQuery("SELECT COUNT(e) FROM InstanceStateEntry e WHERE e.instanceId = :id", Long.class)
                    .setParameter("id", instanceId)
                    .getSingleResult();
            if (keys >= MAX_KEYS) {
                return false;
            }
            entry = new InstanceStateEntry(instanceId, key);
            entry.set(stored(instanceId, key, value, secret), secret, clock.instant());
            em.persist(entry);
        } else {
            entry.set(stored(instanceId, key, value, secret), secret, clock.instant());
        }
        return true;
    }

    public void remove(long instanceId, String key) {
        em.createQuery("DELETE FROM InstanceStateEntry e WHERE e.instanceId = :id AND e.stateKey = :key")
                .setParameter("id", instanceId)
                .setParameter("key", key)
                .executeUpdate();
    }

    private String stored(long instanceId, String key, String value, boolean secret) {
        return secret ? secrets.seal(aad(instanceId, key), value) : value;
    }

    private static String aad(long instanceId, String key) {
        return "instance-state:" + instanceId + ":" + key;
    }
}

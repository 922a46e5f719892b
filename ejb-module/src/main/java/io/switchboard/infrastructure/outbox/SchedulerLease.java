package io.switchboard.infrastructure.outbox;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * A lease on singleton work in the shared database: one conditional UPDATE takes it when it is
 * free, expired or already ours, so of several servers on one database exactly one runs the
 * work, and another takes over when the holder stops renewing. The owner name is stable across
 * restarts of the same server, so a crashed server takes its own lease back at once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SchedulerLease {

    public static final String OWNER = ownerName();

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    public boolean acquire(String name, Duration ttl, Instant now) {
        int updated = em.createNativeQuery("UPDATE scheduler_lease SET owner = ?, expires_at = ? WHERE name = ?"
                        + " AND (owner IS NULL OR owner = ? OR expires_at IS NULL OR expires_at < ?)")
                .setParameter(1, OWNER)
                .setParameter(2, Timestamp.from(now.plus(ttl)))
                .setParameter(3, name)
                .setParameter(4, OWNER)
                .setParameter(5, Timestamp.from(now))
                .executeUpdate();
        return updated == 1;
    }

    public void release(String name) {
        em.createNativeQuery("UPDATE scheduler_lease SET owner = NULL, expires_at = NULL WHERE name = ? AND owner = ?")
                .setParameter(1, name)
                .setParameter(2, OWNER)
                .executeUpdate();
    }

    private static String ownerName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        // Liberty runs each server with its output directory as the working directory: unique per server on a host.
        String owner = host + ":" + System.getProperty("user.dir");
        return owner.length() <= 200 ? owner : owner.substring(owner.length() - 200);
    }
}

package io.switchboard.infrastructure.notification;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Polls the outbox for new ticket events every two seconds and turns them into notifications. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class NotificationSchedule {

    private static final Logger LOG = Logger.getLogger(NotificationSchedule.class.getName());
    private static final int BATCH = 200;
    /** A burst is worked off in one tick, but a tick never runs for ever. */
    private static final int MAX_BATCHES_PER_TICK = 50;

    @EJB
    OutboxNotificationSubscriber subscriber;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false, info = "in-app notifications")
    void tick() {
        if (!running.compareAndSet(false, true)) {
            return; // the previous tick is still working
        }
        try {
            for (int i = 0; i < MAX_BATCHES_PER_TICK && subscriber.deliverNext(BATCH) == BATCH; i++) {
                // keep going while full batches come back
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not turn ticket events into notifications; trying again shortly", e);
        } finally {
            running.set(false);
        }
    }
}

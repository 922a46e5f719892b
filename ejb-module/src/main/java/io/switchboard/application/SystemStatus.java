package io.switchboard.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Answers "can we reach the database?" for health checks, cheaply and without touching tickets. */
@Stateless
public class SystemStatus {

    @Inject
    DatabaseProbe database;

    /** How long a trivial query takes, in milliseconds; throws if the database is unreachable. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long databaseRoundTripMillis() {
        long start = System.nanoTime();
        database.roundTrip();
        return (System.nanoTime() - start) / 1_000_000;
    }
}

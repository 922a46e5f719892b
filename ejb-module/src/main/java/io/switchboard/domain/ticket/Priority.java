package io.switchboard.domain.ticket;

import io.switchboard.domain.shared.Keyed;

/** How urgent a ticket is. {@code rank} orders them: 1 is the most urgent. */
public enum Priority implements Keyed {
    CRITICAL("critical", 1),
    HIGH("high", 2),
    MEDIUM("medium", 3),
    LOW("low", 4);

    private final String key;
    private final short rank;

    Priority(String key, int rank) {
        this.key = key;
        this.rank = (short) rank;
    }

    @Override
    public String key() {
        return key;
    }

    public short rank() {
        return rank;
    }

    public static Priority ofRank(short rank) {
        for (Priority p : values()) {
            if (p.rank == rank) {
                return p;
            }
        }
        throw new IllegalArgumentException("No priority with rank " + rank);
    }
}

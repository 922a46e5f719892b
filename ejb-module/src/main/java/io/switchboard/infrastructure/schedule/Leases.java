package io.switchboard.infrastructure.schedule;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/** The lease rows, one per ticker name; every method is one short statement of its own. */
public interface Leases {

    /** Takes the name when it is free, expired or already ours; the term it is held under, or empty. */
    OptionalLong claim(String name, String owner, long seconds);

    /** Extends our lease of that term; false when another server took it meanwhile. */
    boolean renew(String name, String owner, long term, long seconds);

    void release(String name, String owner);

    List<Holder> holders();

    /** Who holds a name, as the database says. */
    record Holder(String name, String owner, long term, Instant expiresAt) {}
}

package io.switchboard.domain.mail;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The addresses we no longer mail because a permanent bounce said they do not exist. */
public interface UndeliverableAddresses {

    void mark(String address, String reason, Long ticketId, Instant at);

    /** Mail from the address came in: it works again. True when it was marked. */
    boolean clear(String address);

    /** Which of these addresses are marked, normalised. */
    Set<String> markedAmong(Collection<String> addresses);

    List<UndeliverableAddress> all(int max);
}

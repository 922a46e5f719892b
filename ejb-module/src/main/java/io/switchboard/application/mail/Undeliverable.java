package io.switchboard.application.mail;

import io.switchboard.domain.mail.UndeliverableAddress;
import io.switchboard.domain.mail.UndeliverableAddresses;
import io.switchboard.domain.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/** The addresses we stopped mailing after a permanent bounce, for admins to see and to clear. */
@Stateless
public class Undeliverable {

    static final int MAX_LISTED = 500;

    @Inject
    UndeliverableAddresses addresses;

    /** One marked address: why, and the ticket whose message bounced. */
    public record View(String address, String reason, Long ticketId, Instant markedAt) {}

    public List<View> list() {
        return addresses.all(MAX_LISTED).stream().map(Undeliverable::view).toList();
    }

    /** An admin knows the address works again (the mailbox was restored): notifications go there again. */
    public void clear(String address) {
        if (!addresses.clear(address)) {
            throw new NotFoundException("A bounce record for", address);
        }
    }

    private static View view(UndeliverableAddress u) {
        return new View(u.address(), u.reason(), u.ticketId(), u.markedAt());
    }
}

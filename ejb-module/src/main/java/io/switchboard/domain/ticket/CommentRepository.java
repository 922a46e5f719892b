package io.switchboard.domain.ticket;

import java.util.List;
import java.util.Optional;

public interface CommentRepository {

    TicketComment add(TicketComment comment);

    /** Oldest first, so a conversation reads top to bottom. */
    List<TicketComment> forTicket(long ticketId, boolean includeInternal);

    Optional<TicketComment> byMessageId(String messageId);
}

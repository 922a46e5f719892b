package io.switchboard.application.notify;

import io.switchboard.domain.ticket.Ticket;
import java.time.Instant;

/** The ticket an event is about, as subscribers are told it: keys and names, no entity. */
public record EventTicket(
        long id,
        String number,
        String summary,
        String status,
        String statusCategory,
        String priority,
        String type,
        String assignee,
        String requesterName,
        String requesterEmail,
        String company,
        String board,
        Instant deadlineAt,
        String externalProvider,
        String externalId,
        String url) {

    public static EventTicket of(Ticket t, String portalUrl) {
        String number = t.number().toString();
        return new EventTicket(
                t.id(),
                number,
                t.summary(),
                t.status().key(),
                t.status().category().key(),
                t.priority().key(),
                t.type().key(),
                t.assignee() == null ? null : t.assignee().username(),
                t.contact() == null ? null : t.contact().name(),
                t.contact() == null ? null : t.contact().email().value(),
                t.company() == null ? null : t.company().name(),
                t.board() == null ? null : t.board().name(),
                t.deadlineAt(),
                t.external() == null ? null : t.external().provider(),
                t.external() == null ? null : t.external().externalId(),
                portalUrl + "/tickets/" + number);
    }
}

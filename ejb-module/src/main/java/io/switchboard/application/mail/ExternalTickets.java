package io.switchboard.application.mail;

import io.switchboard.domain.ticket.Ticket;
import java.util.Optional;

/** Live tickets by the id an outside system (a PSA) knows them by. */
public interface ExternalTickets {

    Optional<Ticket> byExternalId(String externalId);
}

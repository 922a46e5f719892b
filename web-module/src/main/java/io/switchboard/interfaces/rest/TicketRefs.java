package io.switchboard.interfaces.rest;

import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.domain.shared.NotFoundException;
import io.switchboard.domain.ticket.TicketNumber;

/** Path segments that name a ticket: {@code 123} or {@code TKT-000123}. */
final class TicketRefs {

    private TicketRefs() {}

    static long id(String ref) {
        try {
            return TicketNumber.parse(ref).id();
        } catch (InvalidInputException e) {
            throw new NotFoundException("Ticket", ref);
        }
    }
}

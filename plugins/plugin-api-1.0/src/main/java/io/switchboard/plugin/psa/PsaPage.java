package io.switchboard.plugin.psa;

import java.util.List;

/** One page of a pull; {@code next} is null on the last page. */
public record PsaPage(List<RemoteTicket> tickets, PsaCursor next) {

    public PsaPage {
        tickets = List.copyOf(tickets);
    }
}

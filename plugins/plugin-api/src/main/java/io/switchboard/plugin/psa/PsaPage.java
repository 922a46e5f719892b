package io.switchboard.plugin.psa;

import java.util.List;

/** One page of a pull; {@code next} is null on the last page.  @deprecated since 1.1: superseded by the typed records of this package. */
@Deprecated(since = "1.1")
public record PsaPage(List<RemoteTicket> tickets, PsaCursor next) {

    public PsaPage {
        tickets = List.copyOf(tickets);
    }
}

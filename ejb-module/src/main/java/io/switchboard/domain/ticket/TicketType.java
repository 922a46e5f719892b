package io.switchboard.domain.ticket;

import io.switchboard.domain.shared.Keyed;

/** The ITIL record types. */
public enum TicketType implements Keyed {
    INCIDENT("incident"),
    SERVICE_REQUEST("service_request"),
    PROBLEM("problem"),
    CHANGE("change");

    private final String key;

    TicketType(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}

package io.switchboard.domain.workflow;

import io.switchboard.domain.shared.Keyed;

/** What a status means to the rest of the system, whatever an admin calls it. */
public enum StatusCategory implements Keyed {
    NEW("new"),
    OPEN("open"),
    /** Waiting on someone outside the desk: the SLA clock is paused. */
    PENDING("pending"),
    RESOLVED("resolved"),
    CLOSED("closed");

    private final String key;

    StatusCategory(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    /** The SLA clock runs only while the desk owes the requester work. */
    public boolean clockRuns() {
        return this == NEW || this == OPEN;
    }

    /** Done from the desk's point of view: hidden from the working queue by default. */
    public boolean isDone() {
        return this == RESOLVED || this == CLOSED;
    }
}

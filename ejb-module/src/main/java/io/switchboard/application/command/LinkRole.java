package io.switchboard.application.command;

import io.switchboard.domain.shared.Keyed;

/** What the other ticket is to this one: "TKT-000042 is the original" marks this ticket as its duplicate. */
public enum LinkRole implements Keyed {
    RELATED("related"),
    PARENT("parent"),
    CHILD("child"),
    /** This ticket duplicates the other. */
    ORIGINAL("original"),
    /** The other ticket duplicates this one. */
    DUPLICATE("duplicate");

    private final String key;

    LinkRole(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}

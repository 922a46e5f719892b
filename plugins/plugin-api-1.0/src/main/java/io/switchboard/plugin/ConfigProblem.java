package io.switchboard.plugin;

import java.util.Objects;

/** Something wrong with one field of a configuration, said so that an admin can fix it. */
public record ConfigProblem(String field, String message) {

    public ConfigProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}

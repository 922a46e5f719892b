package io.switchboard.interfaces.rest;

import io.switchboard.domain.shared.Patch;
import io.switchboard.interfaces.rest.json.JsonInput;

/** Small helpers the catalogue resources share. */
final class DirectoryBodies {

    private DirectoryBodies() {}

    static Patch<String> string(JsonInput in, String field) {
        return in.patch(field, in::string);
    }

    static Patch<Boolean> bool(JsonInput in, String field) {
        return in.patch(field, in::bool);
    }

    static Patch<Long> id(JsonInput in, String field) {
        return in.patch(field, in::id);
    }
}

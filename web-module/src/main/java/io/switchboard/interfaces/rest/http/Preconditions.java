package io.switchboard.interfaces.rest.http;

import io.switchboard.interfaces.rest.json.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/**
 * ETags are the resource version. Updates that must not overwrite someone else's change require
 * If-Match (428 without it); a version that no longer matches is 412.
 */
public final class Preconditions {

    private Preconditions() {}

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version an If-Match header names; null for a missing header or {@code *} when it is optional. */
    public static Long expectedVersion(String ifMatch, boolean required) {
        if (ifMatch == null || ifMatch.isBlank()) {
            if (required) {
                throw new WebApplicationException(Problem.of(Response.Status.PRECONDITION_REQUIRED, "precondition-required",
                        "This update needs an If-Match header with the ETag you last read, so that it cannot overwrite someone else's change.")
                        .toResponse());
            }
            return null;
        }
        String value = ifMatch.strip();
        if (value.equals("*")) {
            return null;
        }
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            // An ETag we never issued cannot match the current version.
            return -1L;
        }
    }
}

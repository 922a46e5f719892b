package io.switchboard.interfaces.rest.http;

import io.switchboard.interfaces.rest.json.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * ETags are the resource version. Updates that must not overwrite someone else's change require
 * If-Match (428 without it); a version that no longer matches is 412. If-Match compares strongly
 * (RFC 9110 13.1.1): a weak tag never matches, and a list matches when any of its tags does.
 */
public final class Preconditions {

    /** A version no resource has: what an If-Match that cannot match is turned into. */
    static final long NO_VERSION = -1L;

    private Preconditions() {}

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** A versioned resource as it is now: 304 when If-None-Match names this version, else 200 with its ETag. */
    public static Response current(Request request, Object entity, long version) {
        EntityTag tag = etag(version);
        Response.ResponseBuilder unchanged = request == null ? null : request.evaluatePreconditions(tag);
        return unchanged != null
                ? unchanged.tag(tag).build()
                : Response.ok(entity).tag(tag).build();
    }

    /**
     * The version an If-Match header names; null for a missing header (when it is optional) or
     * {@code *}. A list of tags is taken only as one tag here: callers that can read the current
     * version use {@link #expectedVersion(String, boolean, LongSupplier)}.
     */
    public static Long expectedVersion(String ifMatch, boolean required) {
        return expectedVersion(ifMatch, required, () -> NO_VERSION);
    }

    /**
     * The version to hold the update to: null for none required, the current version when the
     * header names it (among others), otherwise a version that cannot match (412).
     */
    public static Long expectedVersion(String ifMatch, boolean required, LongSupplier current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            if (required) {
                throw new WebApplicationException(Problem.of(
                                Response.Status.PRECONDITION_REQUIRED,
                                "precondition-required",
                                "This update needs an If-Match header with the ETag you last read, so that it cannot overwrite someone else's change.")
                        .toResponse());
            }
            return null;
        }
        if (ifMatch.strip().equals("*")) {
            return null;
        }
        List<Long> versions = strongVersions(ifMatch);
        if (versions.isEmpty()) {
            return NO_VERSION;
        }
        if (versions.size() == 1) {
            return versions.get(0);
        }
        long now = current.getAsLong();
        return versions.contains(now) ? now : NO_VERSION;
    }

    /** The versions of the strong tags of an If-Match list; weak and foreign tags name none. */
    static List<Long> strongVersions(String ifMatch) {
        return EntityTags.parse(ifMatch).stream()
                .filter(t -> !t.weak())
                .map(t -> version(t.opaque()))
                .filter(v -> v != NO_VERSION)
                .distinct()
                .toList();
    }

    private static long version(String opaque) {
        if (opaque.isEmpty() || !opaque.chars().allMatch(Character::isDigit) || opaque.length() > 18) {
            return NO_VERSION; // an ETag we never issued cannot match the current version
        }
        return Long.parseLong(opaque);
    }
}

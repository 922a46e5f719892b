package io.switchboard.interfaces.rest.json;

import io.switchboard.domain.shared.FieldError;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem: the one shape of every error the API returns. {@code instance} is the
 * request that failed (filled in on the way out when the thrower did not know it), {@code
 * requiredRoles} the roles of which a refused (403) operation needs one.
 */
@JsonbNillable(false)
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "requiredRoles", "errors"})
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<String> requiredRoles,
        List<FieldError> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");
    private static final String TYPES = "https://switchboard.io/problems/";

    public Problem {
        errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
        requiredRoles = requiredRoles == null || requiredRoles.isEmpty() ? null : List.copyOf(requiredRoles);
    }

    public Problem(String type, String title, int status, String detail, List<FieldError> errors) {
        this(type, title, status, detail, null, null, errors);
    }

    public static Problem of(Response.StatusType status, String slug, String detail) {
        return new Problem(TYPES + slug, status.getReasonPhrase(), status.getStatusCode(), detail, null);
    }

    public static Problem of(Response.StatusType status, String slug, String detail, List<FieldError> errors) {
        return new Problem(TYPES + slug, status.getReasonPhrase(), status.getStatusCode(), detail, errors);
    }

    /** The same problem about the given request (a path, RFC 9457's URI reference). */
    public Problem at(String requestPath) {
        return new Problem(type, title, status, detail, requestPath, requiredRoles, errors);
    }

    /** The same problem, naming the roles of which the refused operation needs one. */
    public Problem needing(List<String> roles, String explanation) {
        return new Problem(type, title, status, explanation, instance, roles, errors);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}

package io.switchboard.interfaces.rest.json;

import io.switchboard.domain.shared.FieldError;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem: the one shape of every error the API returns. */
@JsonbNillable(false)
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");
    private static final String TYPES = "https://switchboard.io/problems/";

    public Problem {
        errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    public static Problem of(Response.StatusType status, String slug, String detail) {
        return new Problem(TYPES + slug, status.getReasonPhrase(), status.getStatusCode(), detail, null);
    }

    public static Problem of(Response.StatusType status, String slug, String detail, List<FieldError> errors) {
        return new Problem(TYPES + slug, status.getReasonPhrase(), status.getStatusCode(), detail, errors);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}

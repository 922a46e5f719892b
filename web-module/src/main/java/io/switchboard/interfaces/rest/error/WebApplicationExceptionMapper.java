package io.switchboard.interfaces.rest.error;

import io.switchboard.interfaces.rest.json.Problem;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** What the REST runtime itself rejects: unknown paths, wrong methods, wrong media types. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        if (original.hasEntity() && original.getEntity() instanceof Problem) {
            return original; // already an answer written for the user
        }
        Response.StatusType status = original.getStatusInfo();
        String detail;
        String slug;
        if (e instanceof NotFoundException) {
            slug = "not-found";
            detail = "There is no resource at this address.";
        } else if (e instanceof NotAllowedException) {
            slug = "method-not-allowed";
            detail = "This resource does not support that method; allowed: "
                    + String.join(", ", original.getAllowedMethods()) + ".";
        } else if (e instanceof NotSupportedException) {
            slug = "unsupported-media-type";
            detail = "Send the body as application/json (with a Content-Type header saying so).";
        } else if (e instanceof NotAcceptableException) {
            slug = "not-acceptable";
            detail = "This resource answers in application/json only.";
        } else {
            slug = "http-" + status.getStatusCode();
            detail = status.getReasonPhrase();
        }
        Response.ResponseBuilder answer =
                Response.status(status).type(Problem.MEDIA_TYPE).entity(Problem.of(status, slug, detail));
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(v -> answer.header(name, v));
            }
        });
        return answer.build();
    }
}

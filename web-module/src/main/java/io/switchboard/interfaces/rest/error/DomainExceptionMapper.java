package io.switchboard.interfaces.rest.error;

import io.switchboard.domain.shared.ConflictException;
import io.switchboard.domain.shared.DomainException;
import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.domain.shared.NotFoundException;
import io.switchboard.domain.shared.PayloadTooLargeException;
import io.switchboard.domain.shared.PermissionDeniedException;
import io.switchboard.domain.shared.StaleVersionException;
import io.switchboard.domain.shared.UnprocessableException;
import io.switchboard.domain.workflow.IllegalTransitionException;
import io.switchboard.interfaces.rest.json.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A rule of the domain said no: the message was written for the user and goes out as it is. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Override
    public Response toResponse(DomainException e) {
        return problem(e).toResponse();
    }

    public static Problem problem(DomainException e) {
        if (e instanceof InvalidInputException) {
            return Problem.of(Status.BAD_REQUEST, "invalid-input", e.getMessage(), e.errors());
        }
        if (e instanceof UnprocessableException) {
            return Problem.of(Unprocessable.STATUS, "unprocessable", e.getMessage(), e.errors());
        }
        if (e instanceof NotFoundException) {
            return Problem.of(Status.NOT_FOUND, "not-found", e.getMessage());
        }
        if (e instanceof IllegalTransitionException) {
            return Problem.of(Status.CONFLICT, "illegal-transition", e.getMessage());
        }
        if (e instanceof ConflictException) {
            return Problem.of(Status.CONFLICT, "conflict", e.getMessage());
        }
        if (e instanceof StaleVersionException) {
            return Problem.of(Status.PRECONDITION_FAILED, "stale-version", e.getMessage());
        }
        if (e instanceof PayloadTooLargeException) {
            return Problem.of(Status.REQUEST_ENTITY_TOO_LARGE, "too-large", e.getMessage());
        }
        if (e instanceof PermissionDeniedException) {
            return Problem.of(Status.FORBIDDEN, "forbidden", e.getMessage());
        }
        return Problem.of(Status.BAD_REQUEST, "invalid-input", e.getMessage(), e.errors());
    }
}

package io.switchboard.interfaces.rest.error;

import io.switchboard.application.psa.PsaFailure;
import io.switchboard.interfaces.rest.json.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A PSA that could not answer: 502 when it refused or failed, 503 with Retry-After while it asks us to wait. */
@Provider
public class PsaFailureMapper implements ExceptionMapper<PsaFailure> {

    @Override
    public Response toResponse(PsaFailure e) {
        String detail = "The PSA did not answer: " + e.getMessage();
        return switch (e.kind()) {
            case THROTTLED, CIRCUIT_OPEN ->
                Response.fromResponse(Problem.of(Status.SERVICE_UNAVAILABLE, "psa-unavailable", detail)
                                .toResponse())
                        .header(
                                "Retry-After",
                                Long.toString(Math.max(
                                        1,
                                        e.retryAfter().map(d -> d.toSeconds()).orElse(30L))))
                        .build();
            case UNAVAILABLE ->
                Problem.of(Status.CONFLICT, "psa-unavailable", detail).toResponse();
            case NOT_FOUND -> Problem.of(Status.NOT_FOUND, "not-found", detail).toResponse();
            default -> Problem.of(Status.BAD_GATEWAY, "psa-failed", detail).toResponse();
        };
    }
}

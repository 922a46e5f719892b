package io.switchboard.interfaces.rest.error;

import io.switchboard.interfaces.rest.json.MalformedJsonException;
import io.switchboard.interfaces.rest.json.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class MalformedJsonMapper implements ExceptionMapper<MalformedJsonException> {

    @Override
    public Response toResponse(MalformedJsonException e) {
        return Problem.of(Status.BAD_REQUEST, "malformed-json", e.getMessage()).toResponse();
    }
}

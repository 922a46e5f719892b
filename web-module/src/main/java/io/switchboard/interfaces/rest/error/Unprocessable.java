package io.switchboard.interfaces.rest.error;

import jakarta.ws.rs.core.Response;

/** 422, which Jakarta REST 3.1's Status enum does not name. */
final class Unprocessable implements Response.StatusType {

    static final Unprocessable STATUS = new Unprocessable();

    @Override
    public int getStatusCode() {
        return 422;
    }

    @Override
    public Response.Status.Family getFamily() {
        return Response.Status.Family.CLIENT_ERROR;
    }

    @Override
    public String getReasonPhrase() {
        return "Unprocessable Content";
    }
}

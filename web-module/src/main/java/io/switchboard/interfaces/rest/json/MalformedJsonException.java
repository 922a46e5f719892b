package io.switchboard.interfaces.rest.json;

/** The request body could not be parsed as JSON at all (HTTP 400). */
public class MalformedJsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedJsonException(String message) {
        super(message, null, false, false);
    }
}

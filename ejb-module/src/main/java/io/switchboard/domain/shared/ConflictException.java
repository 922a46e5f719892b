package io.switchboard.domain.shared;

/** The request conflicts with the current state of the resource (HTTP 409). */
public class ConflictException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}

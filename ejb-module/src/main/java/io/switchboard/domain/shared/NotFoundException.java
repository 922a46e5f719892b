package io.switchboard.domain.shared;

/** The addressed resource does not exist, or no longer does (HTTP 404). */
public class NotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist.");
    }
}

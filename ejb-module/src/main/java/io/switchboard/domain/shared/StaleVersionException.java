package io.switchboard.domain.shared;

/** The caller edited an older version than the one stored (HTTP 412). */
public class StaleVersionException extends DomainException {

    private static final long serialVersionUID = 1L;

    public StaleVersionException(String what, long expected, long actual) {
        super(what + " has changed since you read it: you sent version " + expected + ", it is now at version " + actual
                + ". Reload it and apply your change again.");
    }
}

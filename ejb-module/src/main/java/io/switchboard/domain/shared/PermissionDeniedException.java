package io.switchboard.domain.shared;

/** The caller is authenticated but may not do this (HTTP 403). */
public class PermissionDeniedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public PermissionDeniedException(String message) {
        super(message);
    }
}

package io.switchboard.domain.shared;

/** The upload is larger than allowed (HTTP 413). */
public class PayloadTooLargeException extends DomainException {

    private static final long serialVersionUID = 1L;

    public PayloadTooLargeException(String message) {
        super(message);
    }
}

package io.switchboard.domain.shared;

import java.util.List;

/** Well-formed input that refers to something that does not exist or may not be used (HTTP 422). */
public class UnprocessableException extends DomainException {

    private static final long serialVersionUID = 1L;

    public UnprocessableException(String field, String message) {
        super(field + " " + message, List.of(new FieldError(field, message)));
    }

    public UnprocessableException(String message) {
        super(message);
    }
}

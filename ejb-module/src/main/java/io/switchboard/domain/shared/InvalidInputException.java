package io.switchboard.domain.shared;

import java.util.List;

/** The input is malformed or out of range (HTTP 400). */
public class InvalidInputException extends DomainException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidInputException(List<FieldError> errors) {
        super(
                errors.size() == 1
                        ? errors.get(0).field() + " " + errors.get(0).message()
                        : "The request has " + errors.size() + " invalid fields.",
                errors);
    }
}

package io.switchboard.domain.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A rule of the domain said no. Rolls the transaction back and reaches the interface layer
 * unwrapped, where one mapper turns each subtype into its HTTP status.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    protected DomainException(String message, List<FieldError> errors) {
        super(message, null, false, false);
        this.errors = List.copyOf(errors);
    }

    protected DomainException(String message) {
        this(message, List.of());
    }

    /** Per-field detail, empty when the problem is not about a particular field. */
    public List<FieldError> errors() {
        return errors;
    }
}

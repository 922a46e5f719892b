package io.switchboard.domain.shared;

/** One thing wrong with one field of the input, in words a person can act on. */
public record FieldError(String field, String message) {}

package io.switchboard.domain.directory;

import io.switchboard.domain.shared.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/** A mailbox address, trimmed and lower-cased so that lookups match however it was typed. */
public record Email(String value) {

    // Deliberately simple: one @, no spaces, a dot in the domain. Deliverability is the mail server's call.
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+$");

    public Email {
        value = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw new InvalidInputException("email", "is not a valid email address");
        }
    }

    public static Email of(String value) {
        return new Email(value);
    }

    public String domain() {
        return value.substring(value.indexOf('@') + 1);
    }

    @Override
    public String toString() {
        return value;
    }
}

package io.switchboard.domain.ticket;

import io.switchboard.domain.shared.InvalidInputException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The human ticket reference, {@code TKT-000123}. It is the ticket's id in six or more digits, so
 * it is unique and never reused, and a number can be resolved without a lookup table.
 */
public record TicketNumber(long id) {

    private static final Pattern FORM = Pattern.compile("(?i)^\\s*(?:TKT-)?0*(\\d{1,15})\\s*$");
    private static final Pattern IN_TEXT = Pattern.compile("(?i)\\bTKT-(\\d{6,15})\\b");

    public TicketNumber {
        if (id < 1) {
            throw new IllegalArgumentException("Ticket ids start at 1: " + id);
        }
    }

    /** Accepts {@code TKT-000123}, {@code tkt-123} or a bare {@code 123}. */
    public static TicketNumber parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text);
        if (m == null || !m.matches() || Long.parseLong(m.group(1)) < 1) {
            throw new InvalidInputException("ticket", "is not a ticket number like TKT-000123: " + text);
        }
        return new TicketNumber(Long.parseLong(m.group(1)));
    }

    /** Whether the text is a ticket reference (as opposed to free text to search for). */
    public static boolean looksLikeOne(String text) {
        return text != null
                && FORM.matcher(text).matches()
                && text.trim().toUpperCase().startsWith("TKT-");
    }

    /** The first {@code TKT-000123} tag inside a longer text, such as an email subject. */
    public static java.util.Optional<TicketNumber> findIn(String text) {
        Matcher m = text == null ? null : IN_TEXT.matcher(text);
        return m != null && m.find()
                ? java.util.Optional.of(new TicketNumber(Long.parseLong(m.group(1))))
                : java.util.Optional.empty();
    }

    @Override
    public String toString() {
        return String.format("TKT-%06d", id);
    }
}

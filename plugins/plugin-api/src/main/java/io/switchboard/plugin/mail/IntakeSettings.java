package io.switchboard.plugin.mail;

import io.switchboard.plugin.ConfigProperty;
import java.util.List;

/**
 * The settings of a mailbox that the host's intake reads, not the transport: where tickets go,
 * how large a message may be, how often to poll, how to recognise a PSA's ticket numbers and an
 * agent's internal note. Every {@link MailSourceFactory} lists {@link #properties()} among its
 * own, so that each mailbox (one plugin instance) carries them and the admin form shows them.
 *
 * @since 1.1
 */
public final class IntakeSettings {

    public static final String BOARD = "board";
    public static final String PRIORITY = "priority";
    public static final String MAX_MESSAGE_BYTES = "maxMessageBytes";
    public static final String POLL_SECONDS = "pollSeconds";
    public static final String IDLE = "idle";
    public static final String TICKET_NUMBER_PATTERN = "ticketNumberPattern";
    public static final String INTERNAL_MARKER = "internalMarker";
    public static final String MAX_NEW_CONTACTS = "maxNewContacts";

    public static final int DEFAULT_MAX_MESSAGE_BYTES = 25 * 1024 * 1024;
    public static final int DEFAULT_POLL_SECONDS = 60;
    public static final String DEFAULT_INTERNAL_MARKER = "#internal";
    public static final int DEFAULT_MAX_NEW_CONTACTS = 5;

    private IntakeSettings() {}

    public static List<ConfigProperty> properties() {
        return List.of(
                ConfigProperty.string(
                        BOARD, "Board", "The board new tickets from this mailbox go to (its name)", false, null),
                ConfigProperty.choice(
                        PRIORITY,
                        "Priority",
                        "The priority new tickets get",
                        "medium",
                        List.of("critical", "high", "medium", "low")),
                ConfigProperty.integer(
                        MAX_MESSAGE_BYTES,
                        "Largest message (bytes)",
                        "Larger messages are not downloaded; they go to quarantine with their headers",
                        false,
                        DEFAULT_MAX_MESSAGE_BYTES),
                ConfigProperty.integer(
                        POLL_SECONDS,
                        "Poll every (seconds)",
                        "How often the mailbox is read when IDLE is off or not offered",
                        false,
                        DEFAULT_POLL_SECONDS),
                ConfigProperty.bool(
                        IDLE, "Use IDLE", "Wait for new mail with IMAP IDLE when the server offers it", true),
                ConfigProperty.string(
                        TICKET_NUMBER_PATTERN,
                        "PSA ticket number pattern",
                        "A regular expression for a PSA's ticket numbers in subjects, such as 'CW#(\\d+)'; group 1 is"
                                + " the number. Empty: none",
                        false,
                        null),
                ConfigProperty.string(
                        INTERNAL_MARKER,
                        "Internal note marker",
                        "An agent's reply by email that starts with this becomes an internal note",
                        false,
                        DEFAULT_INTERNAL_MARKER),
                ConfigProperty.integer(
                        MAX_NEW_CONTACTS,
                        "New contacts per message",
                        "At most this many unknown addresses (sender and Cc) become contacts from one message",
                        false,
                        DEFAULT_MAX_NEW_CONTACTS));
    }
}

package io.switchboard.application.mail;

import io.switchboard.domain.ticket.Priority;
import java.time.Duration;
import java.util.regex.Pattern;

/** What intake needs to know about one mailbox, read from its instance's configuration. */
public record MailboxSettings(
        String board,
        Priority priority,
        long maxMessageBytes,
        Duration pollInterval,
        boolean idle,
        Pattern ticketNumberPattern,
        String internalMarker,
        int maxNewContacts) {}

package io.switchboard.application.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Message-IDs of the mail we send: {@code sb.<ticket>.<event>.<t>.<r>@domain}, where
 * {@code t} signs the ticket and event (so a reply can be threaded to the ticket whoever sends
 * it: they had our message) and {@code r} also signs the recipient's address (so a reply from a
 * member of staff proves it comes from the person we wrote to). Without the key neither can be
 * made up, so a stranger cannot append to a ticket by guessing, nor pose as an agent.
 */
@ApplicationScoped
public class OurMessageIds {

    private static final Pattern OURS =
            Pattern.compile("sb\\.(\\d{1,18})\\.([0-9a-z]{1,16})\\.([0-9a-f]{10})\\.([0-9a-f]{10})(@.*)?");

    @Inject
    MessageSigner signer;

    /** A reference to one of our messages, read from a Message-ID. */
    public record Reference(long ticketId, String event, String recipientMac) {}

    public OurMessageIds() {}

    OurMessageIds(MessageSigner signer) {
        this.signer = signer;
    }

    /** The part before the {@code @} of our message about {@code ticketId} to {@code recipient}. */
    public String localPart(long ticketId, String eventId, String recipient) {
        String event = eventId.replaceAll("[^0-9A-Za-z]", "").toLowerCase(Locale.ROOT);
        event = event.substring(0, Math.min(12, event.length()));
        if (event.isEmpty()) {
            event = "0";
        }
        return "sb." + ticketId + "." + event + "." + ticketMac(ticketId, event) + "."
                + recipientMac(ticketId, event, recipient);
    }

    /** Our reference with a valid ticket signature, or empty for anything else (forged ones included). */
    public Optional<Reference> read(String messageId) {
        if (messageId == null) {
            return Optional.empty();
        }
        Matcher m = OURS.matcher(messageId.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        long ticket;
        try {
            ticket = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (!same(ticketMac(ticket, m.group(2)), m.group(3))) {
            return Optional.empty();
        }
        return Optional.of(new Reference(ticket, m.group(2), m.group(4)));
    }

    public boolean isOurs(String messageId) {
        return read(messageId).isPresent();
    }

    /** Whether our message with this reference was sent to {@code address}. */
    public boolean issuedTo(Reference ref, String address) {
        return address != null && same(recipientMac(ref.ticketId(), ref.event(), address), ref.recipientMac());
    }

    private String ticketMac(long ticketId, String event) {
        return signer.sign("ticket|" + ticketId + "|" + event).substring(0, 10);
    }

    private String recipientMac(long ticketId, String event, String recipient) {
        String who = recipient == null ? "" : recipient.strip().toLowerCase(Locale.ROOT);
        return signer.sign("recipient|" + ticketId + "|" + event + "|" + who).substring(0, 10);
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}

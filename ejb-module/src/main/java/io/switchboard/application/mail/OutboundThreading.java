package io.switchboard.application.mail;

import io.switchboard.domain.mail.InboundMailRepository;
import io.switchboard.domain.shared.Origin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an email notification needs to thread, per recipient: the signed part of our Message-ID
 * (so the answer finds the ticket, and a member of staff's answer proves who it was sent to),
 * the requester's last message to answer, and the channel the change came through. Handed to
 * the email channel only, as the notification's reserved {@code mail.*} data.
 */
@ApplicationScoped
public class OutboundThreading {

    public static final String TOKEN_PREFIX = "mail.token.";
    public static final String IN_REPLY_TO = "mail.inReplyTo";
    public static final String REFERENCES = "mail.references";
    public static final String ORIGIN = "origin";

    @Inject
    OurMessageIds ours;

    @Inject
    InboundMailRepository mails;

    public Map<String, String> forEmail(long ticketId, String eventId, Origin origin, List<String> recipients) {
        Map<String, String> data = new LinkedHashMap<>();
        for (String email : recipients) {
            if (email != null && !email.isBlank()) {
                String address = email.strip().toLowerCase(Locale.ROOT);
                data.put(TOKEN_PREFIX + address, ours.localPart(ticketId, eventId, address));
            }
        }
        mails.lastMessageIdOnTicket(ticketId).ifPresent(id -> {
            data.put(IN_REPLY_TO, "<" + id + ">");
            data.put(REFERENCES, "<" + id + ">");
        });
        if (origin != null) {
            data.put(ORIGIN, origin.key());
        }
        return data;
    }
}

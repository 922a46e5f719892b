package io.switchboard.plugins.email;

import io.switchboard.plugin.notify.Notification;
import io.switchboard.plugin.notify.Recipient;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The To and Cc a reply shows when the agent addressed it (the host puts them in the event's
 * {@code to} and {@code cc} data): everyone on it sees who else was copied, as with any email,
 * while each copy is still sent to its one recipient only. A recipient the headers do not name (a
 * contact who follows the ticket) is shown in Cc.
 */
record ShownRecipients(List<String> to, List<String> cc) {

    static Optional<ShownRecipients> of(Notification n, Recipient recipient) {
        if (!Notification.REPLY_ADDED.equals(n.type())) {
            return Optional.empty(); // elsewhere "to" is something else (the new status of a status change)
        }
        List<String> to = split(n.data().get("to"));
        List<String> cc = new ArrayList<>(split(n.data().get("cc")));
        if (to.isEmpty() && cc.isEmpty()) {
            return Optional.empty();
        }
        if (to.isEmpty()) {
            String requester = n.ticket() == null ? null : n.ticket().requesterEmail();
            to = requester == null ? List.of(recipient.email()) : List.of(requester.toLowerCase(Locale.ROOT));
        }
        String self = recipient.email().toLowerCase(Locale.ROOT);
        if (!to.contains(self) && !cc.contains(self)) {
            cc.add(self);
        }
        return Optional.of(new ShownRecipients(to, List.copyOf(cc)));
    }

    void applyTo(MimeMessage m) throws MessagingException {
        m.setRecipients(Message.RecipientType.TO, addresses(to));
        m.setRecipients(Message.RecipientType.CC, addresses(cc));
    }

    private static InternetAddress[] addresses(List<String> list) throws AddressException {
        InternetAddress[] out = new InternetAddress[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = new InternetAddress(list.get(i), true);
        }
        return out;
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank()
                ? List.of()
                : Arrays.stream(joined.split(","))
                        .map(a -> a.strip().toLowerCase(Locale.ROOT))
                        .filter(a -> a.indexOf('@') > 0)
                        .distinct()
                        .toList();
    }
}

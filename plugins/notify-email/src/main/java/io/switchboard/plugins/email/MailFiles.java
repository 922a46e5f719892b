package io.switchboard.plugins.email;

import io.switchboard.plugin.TicketFile;
import io.switchboard.plugin.TicketGateway;
import io.switchboard.plugin.notify.Notification;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The files sent with a reply or note, read once per event: those that fit under the message's
 * limit are attached; the rest are named at the end of the text, so the reader knows to open the
 * ticket for them instead of a message the server would bounce.
 */
record MailFiles(List<TicketFile> attached, List<String> leftOut) {

    static final MailFiles NONE = new MailFiles(List.of(), List.of());

    static MailFiles of(Notification n, TicketGateway tickets, long maxBytes) {
        if (n.files().isEmpty() || n.ticket() == null || tickets == null) {
            return NONE;
        }
        List<TicketFile> attached = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        long total = 0;
        for (long id : n.files()) {
            TicketFile file = tickets.file(n.ticket().number(), id).orElse(null);
            if (file == null) {
                continue; // deleted with its ticket since, or not one a comment sent
            }
            if (total + file.size() > maxBytes) {
                leftOut.add(file.name() + " (" + kib(file.size()) + ")");
                continue;
            }
            total += file.size();
            attached.add(file);
        }
        return new MailFiles(attached, leftOut);
    }

    boolean isEmpty() {
        return attached.isEmpty() && leftOut.isEmpty();
    }

    /** The text, then a line for what did not fit. */
    String text(String body, String ticketUrl) {
        if (leftOut.isEmpty()) {
            return body;
        }
        return body + "\n\nToo large to attach; open the ticket for "
                + (leftOut.size() == 1 ? "it" : "them") + (ticketUrl == null ? "" : " (" + ticketUrl + ")") + ":\n- "
                + String.join("\n- ", leftOut) + "\n";
    }

    /** multipart/mixed: the text first, then each file by its own name and the type read from its bytes. */
    MimeMultipart multipart(String text) throws MessagingException, UnsupportedEncodingException {
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart textPart = new MimeBodyPart();
        textPart.setText(text, StandardCharsets.UTF_8.name());
        mixed.addBodyPart(textPart);
        for (TicketFile f : attached) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(
                    new jakarta.activation.DataHandler(new ByteArrayDataSource(f.content(), f.contentType())));
            part.setFileName(MimeUtility.encodeText(EmailNotifier.clean(f.name()), "UTF-8", null));
            part.setDisposition(MimeBodyPart.ATTACHMENT);
            mixed.addBodyPart(part);
        }
        return mixed;
    }

    private static String kib(long bytes) {
        return bytes < 1024 * 1024
                ? (bytes + 1023) / 1024 + " KiB"
                : String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    }
}

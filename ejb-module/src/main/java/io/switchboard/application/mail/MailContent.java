package io.switchboard.application.mail;

import io.switchboard.application.AttachmentService;
import io.switchboard.application.RichText;
import io.switchboard.application.view.AttachmentView;
import io.switchboard.domain.shared.Actor;
import io.switchboard.domain.ticket.MessageBody;
import io.switchboard.domain.ticket.TicketRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A message's words and files as the ticket keeps them: HTML through the one sanitiser (no
 * script, handlers, javascript: URLs or remote content), quoted history and signatures folded
 * away for display, a plain-text form with everything, a summary from the
 * subject, and attachments within the limits, each one refused with a note rather than failing
 * the message.
 */
@ApplicationScoped
public class MailContent {

    static final int MAX_FILES = 50;

    /** Images a browser shows without running anything (no SVG: it can carry script). */
    public static final Set<String> INLINE_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

    /** Where the portal shows a ticket's inline image; the file servlet serves only {@link #INLINE_TYPES} there. */
    public static String inlineAddress(long ticketId, long attachmentId) {
        return "/files/" + ticketId + "/" + attachmentId + "/inline";
    }

    @Inject
    RichText richText;

    @Inject
    AttachmentService attachments;

    /** The body, and notes about what was left out. */
    public record Body(MessageBody message, List<String> notes) {}

    /** The files kept on the ticket: those left out (with why), and the address of each inline image by Content-ID. */
    public record Files(List<String> refused, Map<String, String> inlineImages) {}

    /** The body, with inline images pointing at the files {@link #saveFiles} kept. */
    Body body(ParsedMail m, Files files) {
        List<String> notes = new ArrayList<>(m.problems());
        MessageBody message = null;
        String text = m.text() == null ? null : m.text().strip();
        if (m.html() != null) {
            try {
                message = richText.fromMailHtml(clip(QuoteFolding.html(m.html())), files.inlineImages());
            } catch (RuntimeException e) {
                message = null; // nothing readable once unsafe HTML is gone: use the text part
            }
        }
        if (message == null || text != null && !text.isEmpty() && message.text().isBlank()) {
            message = text == null || text.isEmpty() ? richText.fromText("(no text)") : folded(clip(text));
        } else if (text != null && !text.isEmpty()) {
            message = new MessageBody(message.safeHtml(), clip(text)); // the sender's own plain text reads best
        }
        return new Body(message, notes);
    }

    /** Plain text as the ticket shows it: the sender's own words, the quote and signature folded; the text whole. */
    private MessageBody folded(String text) {
        QuoteFolding.Split split = QuoteFolding.text(text);
        if (split.folded().isEmpty()) {
            return richText.fromText(text);
        }
        String html = richText.fromText(split.own()).safeHtml() + "<details><summary>" + QuoteFolding.SUMMARY
                + "</summary>" + richText.fromText(split.folded()).safeHtml() + "</details>";
        return new MessageBody(html, text);
    }

    String summary(ParsedMail m) {
        String subject =
                m.subject() == null ? "" : m.subject().replaceAll("\\s+", " ").strip();
        if (subject.isEmpty()) {
            subject = "(no subject) from " + m.from().email();
        }
        return subject.length() <= TicketRules.SUMMARY_MAX
                ? subject
                : subject.substring(0, TicketRules.SUMMARY_MAX - 1) + "\u2026";
    }

    /**
     * Attachments and inline images onto the ticket; a file over the limit, or an archive that
     * unpacks to too much, is left out and named with the reason in the answer.
     */
    Files saveFiles(long ticketId, ParsedMail m, Actor actor) {
        List<String> refused = new ArrayList<>();
        Map<String, String> inline = new HashMap<>();
        int saved = 0;
        for (MailPart part : m.parts()) {
            if (part.content().length == 0) {
                continue;
            }
            if (part.content().length > attachments.maxBytes()) {
                refused.add(part.filename() + " (" + part.content().length + " bytes, over the limit of "
                        + attachments.maxBytes() + ")");
                continue;
            }
            Optional<String> unsafe = ArchiveCheck.refuse(part);
            if (unsafe.isPresent()) {
                refused.add(part.filename() + " (" + unsafe.get() + ")");
                continue;
            }
            if (saved >= MAX_FILES) {
                refused.add(part.filename() + " (more than " + MAX_FILES + " files)");
                continue;
            }
            AttachmentView kept = attachments.upload(ticketId, part.filename(), part.content(), actor);
            if (part.contentId() != null && INLINE_TYPES.contains(kept.contentType())) {
                inline.putIfAbsent(part.contentId(), inlineAddress(ticketId, kept.id()));
            }
            saved++;
        }
        return new Files(refused, inline);
    }

    private static String clip(String s) {
        return s.length() <= MessageBody.MAX_CHARS ? s : s.substring(0, MessageBody.MAX_CHARS);
    }
}

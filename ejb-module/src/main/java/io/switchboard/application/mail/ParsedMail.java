package io.switchboard.application.mail;

import java.util.List;
import java.util.Map;

/**
 * A message as intake reads it: identity and threading headers, people, the headers that tell
 * automatic mail apart, a delivery report when it is one, the text (and HTML) and the files,
 * plus what the parser had to leave out and why. Header values are already decoded.
 *
 * @param returnPath null without the header, empty for {@code <>} (a bounce)
 * @param headers the automatic-mail headers by lower-case name
 */
public record ParsedMail(
        String messageId,
        List<String> inReplyTo,
        List<String> references,
        String subject,
        MailAddress from,
        MailAddress replyTo,
        List<MailAddress> to,
        List<MailAddress> cc,
        String returnPath,
        Map<String, String> headers,
        DeliveryReport report,
        String text,
        String html,
        List<MailPart> parts,
        List<String> problems) {

    public ParsedMail {
        inReplyTo = List.copyOf(inReplyTo);
        references = List.copyOf(references);
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        headers = Map.copyOf(headers);
        parts = List.copyOf(parts);
        problems = List.copyOf(problems);
    }

    public String header(String lowerCaseName) {
        return headers.get(lowerCaseName);
    }

    /** Who should hear back: Reply-To when the message names one, else From. */
    public MailAddress requester() {
        return replyTo != null ? replyTo : from;
    }

    /** Every Message-ID the message answers, the most recent first. */
    public List<String> thread() {
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>(inReplyTo);
        List<String> refs = new java.util.ArrayList<>(references);
        java.util.Collections.reverse(refs);
        ids.addAll(refs);
        return List.copyOf(ids);
    }
}

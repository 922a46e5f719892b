package io.switchboard.application.command;

import java.util.List;

/**
 * A reply or note written by staff. {@code format} is text (line breaks kept), markdown (bold,
 * italics, lists, links, code; then sanitised) or html (sanitised); {@code to} and {@code cc}
 * address a public reply (To defaults to the requester when the mail goes out);
 * {@code attachments} are files already on the ticket, not yet sent with another comment, that go
 * out with this one.
 */
public record AddReply(
        String body,
        String format,
        boolean internal,
        boolean solution,
        List<String> to,
        List<String> cc,
        List<Long> attachments) {

    public static final int MAX_ATTACHMENTS = 20;

    public AddReply {
        format = format == null || format.isBlank() ? "text" : format.strip().toLowerCase(java.util.Locale.ROOT);
        to = to == null ? List.of() : List.copyOf(to);
        cc = cc == null ? List.of() : List.copyOf(cc);
        attachments = attachments == null
                ? List.of()
                : attachments.stream().distinct().toList();
    }

    public AddReply(String body, String format, boolean internal, boolean solution, List<String> to, List<String> cc) {
        this(body, format, internal, solution, to, cc, List.of());
    }

    /** The same reply sent with these files. */
    public AddReply withAttachments(List<Long> files) {
        return new AddReply(body, format, internal, solution, to, cc, files);
    }
}

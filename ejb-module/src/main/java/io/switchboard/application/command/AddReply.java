package io.switchboard.application.command;

import java.util.List;

/**
 * A reply or note written by staff. {@code format} is text (line breaks kept), markdown (bold,
 * italics, lists, links, code; then sanitised) or html (sanitised); {@code to} and {@code cc}
 * address a public reply (To defaults to the requester when the mail goes out).
 */
public record AddReply(
        String body, String format, boolean internal, boolean solution, List<String> to, List<String> cc) {

    public AddReply {
        format = format == null || format.isBlank() ? "text" : format.strip().toLowerCase(java.util.Locale.ROOT);
        to = to == null ? List.of() : List.copyOf(to);
        cc = cc == null ? List.of() : List.copyOf(cc);
    }
}

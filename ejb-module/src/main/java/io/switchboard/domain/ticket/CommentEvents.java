package io.switchboard.domain.ticket;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a comment's events carry, so that a notifier can write the mail without reading the
 * ticket again: the author, an excerpt, who is mentioned, To and Cc, and the files sent with it.
 */
final class CommentEvents {

    private static final int EXCERPT_MAX = 280;
    private static final Pattern MENTION = Pattern.compile("(?<![\\w.@])@([A-Za-z0-9][A-Za-z0-9._-]{0,79})");

    private CommentEvents() {}

    static Map<String, String> added(
            CommentDraft draft, String text, Set<String> mentioned, ReplyRecipients recipients, List<Long> files) {
        return Map.of(
                "author",
                draft.authorName(),
                "solution",
                Boolean.toString(draft.solution()),
                "excerpt",
                excerpt(text),
                // Whoever is mentioned hears of the comment through the mention, once.
                "mentions",
                String.join(",", mentioned),
                "to",
                ReplyRecipients.joined(recipients.to()),
                "cc",
                ReplyRecipients.joined(recipients.cc()),
                "files",
                files.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }

    static Map<String, String> mentioned(CommentDraft draft, String text, Set<String> mentioned) {
        return Map.of(
                "mentions",
                String.join(",", mentioned),
                "author",
                draft.authorName(),
                "internal",
                Boolean.toString(draft.internal()),
                "excerpt",
                excerpt(text));
    }

    /** The first line or so of a comment, for notifications; the ticket keeps the full text. */
    static String excerpt(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= EXCERPT_MAX ? flat : flat.substring(0, EXCERPT_MAX - 1) + "\u2026";
    }

    /** Logins named as {@code @login} in a comment, in order, without duplicates; an email address is not a mention. */
    static Set<String> mentions(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(text);
        while (m.find() && names.size() < 20) {
            String name = m.group(1).replaceAll("[._-]+$", "").toLowerCase(Locale.ROOT);
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }
}

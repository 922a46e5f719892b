package io.switchboard.domain.mail;

import java.util.Locale;

/**
 * The identity of a message within a mailbox: its Message-ID (angle brackets and case dropped),
 * or {@code sha256:<hash>} of its bytes when it has none; plus the hash itself, which tells a
 * re-sent copy from a different message that reused a Message-ID.
 */
public record MessageKey(String dedupeKey, String messageId, String contentSha256) {

    public static final int MESSAGE_ID_MAX = 300;

    public static MessageKey of(String messageIdHeader, String contentSha256) {
        String id = normalise(messageIdHeader);
        return new MessageKey(id == null ? "sha256:" + contentSha256 : id, id, contentSha256);
    }

    /** The same Message-ID reused for other bytes: keyed by both, so neither hides the other. */
    public MessageKey collided() {
        String key = dedupeKey + "#" + contentSha256.substring(0, 16);
        return new MessageKey(key.length() > 320 ? key.substring(key.length() - 320) : key, messageId, contentSha256);
    }

    /** {@code <Abc@Example.COM>} becomes {@code abc@example.com}; junk becomes null. */
    public static String normalise(String header) {
        if (header == null) {
            return null;
        }
        String s = header.strip();
        int lt = s.indexOf('<');
        int gt = s.indexOf('>', lt + 1);
        if (lt >= 0 && gt > lt) {
            s = s.substring(lt + 1, gt);
        }
        s = s.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty() || s.length() > MESSAGE_ID_MAX || s.chars().anyMatch(c -> c <= ' ' || c == 127)) {
            return null;
        }
        return s;
    }
}

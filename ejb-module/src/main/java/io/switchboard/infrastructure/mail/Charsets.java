package io.switchboard.infrastructure.mail;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Text from bytes in whatever charset a sender claimed: the JDK's charsets under their mail
 * aliases, and for an unknown or missing one, UTF-8 when the bytes are valid UTF-8, else
 * windows-1252 (which reads every byte, so nothing is lost or throws).
 */
final class Charsets {

    private static final Charset FALLBACK = Charset.forName("windows-1252");
    private static final Map<String, String> ALIASES = Map.of(
            "ks_c_5601-1987", "x-windows-949",
            "x-unknown", "",
            "unknown-8bit", "",
            "x-user-defined", "",
            "iso-8859-8-i", "iso-8859-8",
            "utf8", "utf-8");

    private Charsets() {}

    static String decode(byte[] bytes, String declared) {
        Charset cs = forName(declared);
        if (cs != null) {
            return new String(bytes, cs);
        }
        return guess(bytes);
    }

    /** UTF-8 when the bytes are valid UTF-8, else windows-1252. */
    static String guess(byte[] bytes) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, FALLBACK);
        }
    }

    static Charset forName(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String name = declared.strip().replace("\"", "").toLowerCase(Locale.ROOT);
        name = ALIASES.getOrDefault(name, name);
        if (name.isEmpty() || name.equals("us-ascii") || name.equals("ascii")) {
            return null; // "ascii" mail is often 8-bit in practice: guess instead
        }
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A header read as ISO-8859-1 (one char per byte) that really held raw UTF-8 (RFC 6532) or windows-1252. */
    static String eightBitHeader(String value) {
        if (value == null || value.chars().allMatch(c -> c < 128)) {
            return value;
        }
        if (value.chars().anyMatch(c -> c > 255)) {
            return value; // already real characters
        }
        return guess(value.getBytes(StandardCharsets.ISO_8859_1));
    }
}

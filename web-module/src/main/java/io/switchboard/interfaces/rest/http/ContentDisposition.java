package io.switchboard.interfaces.rest.http;

import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The name and file name of a form part's Content-Disposition (RFC 7578): {@code filename*}
 * (RFC 5987, {@code UTF-8''%C3%9C...}) wins over {@code filename}, and a raw UTF-8 file name that
 * the multipart reader decoded byte by byte (as ISO-8859-1) is read as the UTF-8 it was.
 */
public record ContentDisposition(String name, String filename) {

    public static ContentDisposition parse(String header) {
        Map<String, String> params = params(header == null ? "" : header);
        String filename = Optional.ofNullable(params.get("filename*"))
                .map(ContentDisposition::extended)
                .orElseGet(() -> params.get("filename"));
        return new ContentDisposition(utf8(params.get("name")), utf8(filename));
    }

    /** A text a reader decoded as ISO-8859-1 although its bytes were UTF-8, as it was sent. */
    public static String utf8(String text) {
        if (text == null || text.chars().allMatch(c -> c < 0x80) || text.chars().anyMatch(c -> c > 0xff)) {
            return text;
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1)))
                    .toString();
        } catch (CharacterCodingException e) {
            return text; // really ISO-8859-1
        }
    }

    /** RFC 5987 {@code charset'language'percent-encoded}; UTF-8 and ISO-8859-1 as RFC 8187 requires. */
    private static String extended(String value) {
        int first = value.indexOf('\'');
        int second = first < 0 ? -1 : value.indexOf('\'', first + 1);
        if (second < 0) {
            return null;
        }
        String charset = value.substring(0, first).toUpperCase(Locale.ROOT);
        String encoded = value.substring(second + 1).replace("+", "%2B");
        try {
            return URLDecoder.decode(
                    encoded, charset.equals("ISO-8859-1") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The parameters after the disposition type; quoted values unescaped, names lower-cased. */
    private static Map<String, String> params(String header) {
        Map<String, String> out = new LinkedHashMap<>();
        int i = header.indexOf(';');
        while (i >= 0 && i < header.length()) {
            int eq = header.indexOf('=', i + 1);
            if (eq < 0) {
                break;
            }
            String key = header.substring(i + 1, eq).strip().toLowerCase(Locale.ROOT);
            int j = eq + 1;
            while (j < header.length() && header.charAt(j) == ' ') {
                j++;
            }
            StringBuilder value = new StringBuilder();
            if (j < header.length() && header.charAt(j) == '"') {
                j++;
                while (j < header.length() && header.charAt(j) != '"') {
                    char c = header.charAt(j);
                    if (c == '\\' && j + 1 < header.length()) {
                        c = header.charAt(++j);
                    }
                    value.append(c);
                    j++;
                }
                j = header.indexOf(';', j);
            } else {
                int end = header.indexOf(';', j);
                value.append(header, j, end < 0 ? header.length() : end);
                j = end;
            }
            out.putIfAbsent(key, value.toString().strip());
            i = j;
        }
        return out;
    }
}

package io.switchboard.interfaces.rest.json;

import jakarta.json.JsonException;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;

/**
 * The shape a JSON body may have before anything binds it: at most {@link #MAX_DEPTH} levels of
 * nesting, numbers of at most {@link #MAX_NUMBER_CHARS} characters, strings of at most
 * {@link #MAX_STRING_CHARS}, and nothing after the first value. A parser left alone recurses a
 * thousand levels deep or turns a 1,100-digit number into a BigDecimal before any field is looked
 * at; a second value after the first was silently dropped.
 */
public final class JsonBounds {

    public static final int MAX_DEPTH = 32;
    public static final int MAX_NUMBER_CHARS = 40;
    public static final int MAX_STRING_CHARS = 200_000;
    public static final int MAX_NAME_CHARS = 200;

    private static final JsonProvider JSON = JsonProvider.provider();

    private JsonBounds() {}

    /** Throws {@link MalformedJsonException} (HTTP 400) unless the body is one JSON value within the bounds. */
    public static void check(byte[] body) {
        try (JsonParser parser = JSON.createParser(new ByteArrayInputStream(body))) {
            int depth = 0;
            boolean seenValue = false;
            while (parser.hasNext()) {
                if (seenValue && depth == 0) {
                    throw refused(parser, "has content after the first JSON value");
                }
                JsonParser.Event event = parser.next();
                switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        if (++depth > MAX_DEPTH) {
                            throw refused(parser, "is nested deeper than " + MAX_DEPTH + " levels");
                        }
                    }
                    case END_OBJECT, END_ARRAY -> depth--;
                    case KEY_NAME -> {
                        if (parser.getString().length() > MAX_NAME_CHARS) {
                            throw refused(parser, "has a field name longer than " + MAX_NAME_CHARS + " characters");
                        }
                    }
                    case VALUE_NUMBER -> {
                        if (parser.getString().length() > MAX_NUMBER_CHARS) {
                            throw refused(parser, "has a number longer than " + MAX_NUMBER_CHARS + " characters");
                        }
                    }
                    case VALUE_STRING -> {
                        if (parser.getString().length() > MAX_STRING_CHARS) {
                            throw refused(parser, "has a string longer than " + MAX_STRING_CHARS + " characters");
                        }
                    }
                    default -> {
                        // true, false, null
                    }
                }
                seenValue |= depth == 0;
            }
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            throw new MalformedJsonException(
                    at == null
                            ? "The body is not valid JSON."
                            : "The body is not valid JSON (line " + at.getLineNumber() + ", column "
                                    + at.getColumnNumber() + ").");
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            throw new MalformedJsonException("The body is not valid JSON.");
        }
    }

    private static MalformedJsonException refused(JsonParser parser, String what) {
        var at = parser.getLocation();
        return new MalformedJsonException("The body " + what
                + (at == null ? "." : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")."));
    }
}

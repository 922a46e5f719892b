package io.switchboard.domain.ticket;

/**
 * A message in two forms: HTML that has already been through the sanitiser, and plain text for
 * search, notifications and email. Only the application's rich-text policy creates these.
 */
public record MessageBody(String safeHtml, String text) {

    public static final int MAX_CHARS = 200_000;

    public boolean isBlank() {
        return text == null || text.isBlank();
    }
}

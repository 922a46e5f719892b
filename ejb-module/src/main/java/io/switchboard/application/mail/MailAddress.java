package io.switchboard.application.mail;

import java.util.Locale;

/** An address from a header, lower-cased, with the display name when there was one. */
public record MailAddress(String email, String name) {

    public MailAddress {
        email = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
        name = name == null || name.isBlank() ? null : name.strip();
    }

    public String domain() {
        return email.substring(email.indexOf('@') + 1);
    }

    /** The display name, or the part before the @ when there is none. */
    public String displayName() {
        return name != null ? name : email.substring(0, email.indexOf('@'));
    }
}

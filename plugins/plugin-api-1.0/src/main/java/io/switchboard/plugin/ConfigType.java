package io.switchboard.plugin;

/** How a configuration value is typed, checked and rendered in the admin form. */
public enum ConfigType {
    /** One line of text. */
    STRING,
    /** Several lines of text (a template, a list with one entry per line). */
    TEXT,
    /** A whole number. */
    INTEGER,
    /** true or false; rendered as a checkbox. */
    BOOLEAN,
    /** An absolute http or https URL. */
    URL,
    /** An email address. */
    EMAIL,
    /** One of {@link ConfigProperty#options()}. */
    CHOICE
}

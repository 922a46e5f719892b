package io.switchboard.plugin;

import java.util.List;
import java.util.Objects;

/**
 * One setting of a plugin instance, described well enough for the portal to render a form field
 * and for the host to check the value. A {@code secret} value (a password, an API key, a signing
 * secret) is encrypted at rest, never logged, never returned by the API and write-only in the
 * form; it must not have a default.
 */
public record ConfigProperty(
        String name,
        String label,
        String help,
        ConfigType type,
        boolean required,
        String defaultValue,
        boolean secret,
        List<String> options) {

    public ConfigProperty {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[a-zA-Z][a-zA-Z0-9_.-]{0,63}")) {
            throw new IllegalArgumentException(
                    "A config property name is a letter then up to 63 letters, digits, '_', '.' or '-': " + name);
        }
        label = label == null || label.isBlank() ? name : label;
        help = help == null ? "" : help;
        type = type == null ? ConfigType.STRING : type;
        options = options == null ? List.of() : List.copyOf(options);
        if (secret && defaultValue != null) {
            throw new IllegalArgumentException("A secret property has no default: " + name);
        }
        if (type == ConfigType.CHOICE && options.isEmpty()) {
            throw new IllegalArgumentException("A choice property lists its options: " + name);
        }
    }

    public static ConfigProperty string(String name, String label, String help, boolean required, String defaultValue) {
        return new ConfigProperty(name, label, help, ConfigType.STRING, required, defaultValue, false, List.of());
    }

    public static ConfigProperty text(String name, String label, String help, boolean required, String defaultValue) {
        return new ConfigProperty(name, label, help, ConfigType.TEXT, required, defaultValue, false, List.of());
    }

    public static ConfigProperty integer(
            String name, String label, String help, boolean required, Integer defaultValue) {
        return new ConfigProperty(
                name,
                label,
                help,
                ConfigType.INTEGER,
                required,
                defaultValue == null ? null : defaultValue.toString(),
                false,
                List.of());
    }

    public static ConfigProperty bool(String name, String label, String help, boolean defaultValue) {
        return new ConfigProperty(
                name, label, help, ConfigType.BOOLEAN, false, Boolean.toString(defaultValue), false, List.of());
    }

    public static ConfigProperty url(String name, String label, String help, boolean required) {
        return new ConfigProperty(name, label, help, ConfigType.URL, required, null, false, List.of());
    }

    public static ConfigProperty email(String name, String label, String help, boolean required, String defaultValue) {
        return new ConfigProperty(name, label, help, ConfigType.EMAIL, required, defaultValue, false, List.of());
    }

    public static ConfigProperty choice(
            String name, String label, String help, String defaultValue, List<String> options) {
        return new ConfigProperty(name, label, help, ConfigType.CHOICE, true, defaultValue, false, options);
    }

    public static ConfigProperty secret(String name, String label, String help, boolean required) {
        return new ConfigProperty(name, label, help, ConfigType.STRING, required, null, true, List.of());
    }
}

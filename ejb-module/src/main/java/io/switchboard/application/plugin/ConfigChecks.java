package io.switchboard.application.plugin;

import io.switchboard.domain.plugin.AllowList;
import io.switchboard.domain.shared.FieldError;
import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.plugin.ConfigProblem;
import io.switchboard.plugin.ConfigProperty;
import io.switchboard.plugin.OutboundGuard;
import io.switchboard.plugin.PluginConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The host's own checks of an instance's settings, made before the plugin is asked for its own. */
final class ConfigChecks {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_LENGTH = 8000;

    private ConfigChecks() {}

    /** Stored values with the update applied: a value sets, null or empty clears, absent keeps. Unknown names are refused. */
    static Map<String, String> merge(Map<String, String> stored, Map<String, String> update, HostedFactory factory) {
        Set<String> known = new TreeSet<>();
        factory.properties().forEach(p -> known.add(p.name()));
        List<FieldError> unknown = update.keySet().stream()
                .filter(k -> !known.contains(k))
                .map(k -> new FieldError(
                        "config." + k,
                        "is not a setting of " + factory.id() + "; settings: " + String.join(", ", known)))
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
        Map<String, String> merged = new LinkedHashMap<>(stored);
        update.forEach((k, v) -> {
            if (v == null || v.isEmpty()) {
                merged.remove(k);
            } else {
                merged.put(k, v);
            }
        });
        return merged;
    }

    /** Defaults first, then the given values: what the plugin would see. */
    static PluginConfig effective(Map<String, String> values, List<ConfigProperty> properties) {
        Map<String, String> all = new LinkedHashMap<>();
        properties.stream().filter(p -> p.defaultValue() != null).forEach(p -> all.put(p.name(), p.defaultValue()));
        all.putAll(values);
        return PluginConfig.of(all);
    }

    /** The host applies the allow-list to the instance's outbound guard, so the host judges it, not the plugin. */
    static List<ConfigProblem> withHostProblems(PluginConfig config, List<ConfigProblem> pluginProblems) {
        List<ConfigProblem> problems = new ArrayList<>();
        AllowList.problem(config.list(OutboundGuard.ALLOW_LIST))
                .ifPresent(p -> problems.add(new ConfigProblem(OutboundGuard.ALLOW_LIST, p)));
        if (pluginProblems != null) {
            pluginProblems.stream()
                    .filter(p -> problems.isEmpty() || !OutboundGuard.ALLOW_LIST.equals(p.field()))
                    .forEach(problems::add);
        }
        return problems;
    }

    /** Each value against its declared type, and every required setting without a default present. */
    static List<FieldError> typeErrors(Map<String, String> values, List<ConfigProperty> properties) {
        List<FieldError> errors = new ArrayList<>();
        for (ConfigProperty p : properties) {
            String v = values.get(p.name());
            String field = "config." + p.name();
            if (v == null) {
                if (p.required() && p.defaultValue() == null) {
                    errors.add(new FieldError(field, "is required"));
                }
            } else if (v.length() > MAX_LENGTH) {
                errors.add(new FieldError(field, "is longer than " + MAX_LENGTH + " characters"));
            } else {
                String problem = typeProblem(p, v);
                if (problem != null) {
                    errors.add(new FieldError(field, problem));
                }
            }
        }
        return errors;
    }

    private static String typeProblem(ConfigProperty p, String v) {
        return switch (p.type()) {
            case INTEGER -> v.trim().matches("-?\\d{1,9}") ? null : "must be a whole number";
            case BOOLEAN -> v.equals("true") || v.equals("false") ? null : "must be true or false";
            case URL -> v.matches("(?i)https?://[^\\s]+") ? null : "must be an http or https URL";
            case EMAIL -> EMAIL.matcher(v).matches() ? null : "must be an email address";
            case CHOICE -> p.options().contains(v) ? null : "must be one of: " + String.join(", ", p.options());
            case STRING -> v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0 ? "must be a single line" : null;
            default -> null; // TEXT takes anything
        };
    }
}

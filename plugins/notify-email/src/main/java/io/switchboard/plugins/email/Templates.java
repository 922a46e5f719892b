package io.switchboard.plugins.email;

import io.switchboard.plugin.notify.Notification;
import io.switchboard.plugin.notify.Recipient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A subject and body per event type. The first line of a template is the subject, the rest the
 * body; {@code {{ticket.number}}}, {@code {{data.excerpt}}}, {@code {{recipient.name}}} and the
 * like are filled in as plain text. An admin's override (setting {@code template.<event type>})
 * replaces the built-in one. Placeholders never bring line breaks into a subject.
 */
final class Templates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-zA-Z0-9_.]+)\\s*}}");

    /** A rendered message. */
    record Rendered(String subject, String body) {}

    /** The requester's acknowledgement of a new ticket. */
    static final String ACKNOWLEDGED = "ticket.acknowledged";

    private final Map<String, String> templates = new HashMap<>();

    Templates(Map<String, String> overrides) {
        for (String type : Notification.PERSONAL_EVENTS) {
            templates.put(type, builtIn(type));
        }
        templates.put("default", builtIn("default"));
        templates.put(ACKNOWLEDGED, builtIn(ACKNOWLEDGED));
        overrides.forEach((type, text) -> {
            if (text != null && !text.isBlank()) {
                templates.put(type, text);
            }
        });
    }

    Rendered render(Notification n, Recipient to) {
        // the requester of a new ticket gets an acknowledgement, not the staff's "ticket opened" notice
        String type = to.isRequester() && n.type().equals(Notification.TICKET_CREATED) ? ACKNOWLEDGED : n.type();
        String template = templates.getOrDefault(type, templates.get("default"));
        int newline = template.indexOf('\n');
        String subjectTemplate = newline < 0 ? template : template.substring(0, newline);
        String bodyTemplate = newline < 0 ? "" : template.substring(newline + 1);
        Map<String, String> values = values(n, to);
        String subject =
                fill(subjectTemplate, values).replaceAll("[\\r\\n\\t]+", " ").strip();
        if (n.ticket() != null && !subject.contains("[" + n.ticket().number() + "]")) {
            subject = "[" + n.ticket().number() + "] " + subject; // replies must thread, whatever an override says
        }
        return new Rendered(
                subject.length() > 250 ? subject.substring(0, 249) + "\u2026" : subject, fill(bodyTemplate, values));
    }

    private static Map<String, String> values(Notification n, Recipient to) {
        Map<String, String> v = new HashMap<>();
        v.put("type", n.type());
        v.put("actor", n.actor() == null ? "" : n.actor());
        v.put("recipient.name", to.name() == null ? "" : to.name());
        if (n.ticket() != null) {
            v.put("ticket.number", n.ticket().number());
            v.put("ticket.summary", n.ticket().summary());
            v.put("ticket.status", n.ticket().status());
            v.put("ticket.priority", n.ticket().priority());
            v.put("ticket.url", n.ticket().url());
            v.put("ticket.assignee", n.ticket().assignee());
        }
        n.data().forEach((k, value) -> v.put("data." + k, value));
        return v;
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String builtIn(String type) {
        try (InputStream in = Templates.class.getResourceAsStream("templates/" + type + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("No built-in template for " + type);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

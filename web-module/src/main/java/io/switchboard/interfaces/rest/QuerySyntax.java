package io.switchboard.interfaces.rest;

import io.switchboard.application.DirectoryService;
import io.switchboard.application.view.DirectoryViews.AgentView;
import io.switchboard.application.view.DirectoryViews.CompanyView;
import io.switchboard.application.view.DirectoryViews.EntryView;
import io.switchboard.domain.shared.FieldError;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The search box's small query language, the same in the portal and in the API's {@code q}:
 * {@code status:open priority:high company:"Acme Corp" assignee:me printer jam}. Each
 * {@code key:value} becomes the list filter of that name (names are looked up: companies, boards,
 * categories, agents); the free words stay the text search. A word with an unknown key is text.
 */
final class QuerySyntax {

    static final List<String> KEYS = List.of("status", "priority", "type", "company", "board", "category", "assignee");
    private static final Pattern TOKEN = Pattern.compile("(\\w+):(?:\"([^\"]*)\"|(\\S+))|\"([^\"]*)\"|(\\S+)");

    private QuerySyntax() {}

    /**
     * The parameters with {@code q}'s terms moved to their filters; errors (a company nobody is
     * called) are added to {@code errors} against the field {@code q}.
     */
    static MultivaluedMap<String, String> expand(MultivaluedMap<String, String> params, List<FieldError> errors) {
        String q = params.getFirst("q");
        if (q == null || q.indexOf(':') < 0) {
            return params;
        }
        Map<String, List<String>> terms = new LinkedHashMap<>();
        List<String> words = new ArrayList<>();
        Matcher m = TOKEN.matcher(q);
        while (m.find()) {
            String key = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
            if (key != null && KEYS.contains(key)) {
                terms.computeIfAbsent(key, k -> new ArrayList<>()).add(m.group(2) != null ? m.group(2) : m.group(3));
            } else {
                words.add(m.group(4) != null ? m.group(4) : m.group());
            }
        }
        if (terms.isEmpty()) {
            return params;
        }
        MultivaluedMap<String, String> out = new MultivaluedHashMap<>(params);
        out.remove("q");
        if (!words.isEmpty()) {
            out.putSingle("q", String.join(" ", words));
        }
        DirectoryService directory =
                CDI.current().select(DirectoryService.class).get(); // names, from the cached catalogues
        terms.forEach((key, values) -> {
            List<String> resolved = new ArrayList<>();
            for (String v : values) {
                resolve(key, v, directory)
                        .ifPresentOrElse(
                                resolved::add,
                                () -> errors.add(new FieldError(
                                        "q",
                                        "no " + (key.equals("assignee") ? "agent" : key) + " is called \"" + v
                                                + "\"")));
            }
            if (!resolved.isEmpty()) {
                out.putSingle(key.equals("assignee") ? "assigned" : key, String.join(",", resolved));
            }
        });
        return out;
    }

    private static Optional<String> resolve(String key, String value, DirectoryService directory) {
        String v = value.strip();
        return switch (key) {
            case "company" ->
                directory.companies().stream()
                        .filter(c -> c.name().equalsIgnoreCase(v))
                        .map(CompanyView::id)
                        .findFirst()
                        .map(String::valueOf);
            case "board" -> entry(directory.boards(), v);
            case "category" -> entry(directory.categories(), v);
            case "assignee" ->
                v.equalsIgnoreCase("me") || v.equalsIgnoreCase("unassigned")
                        ? Optional.of(v.toLowerCase(Locale.ROOT))
                        : directory.agents().stream()
                                .filter(a -> a.username().equalsIgnoreCase(v)
                                        || a.name().equalsIgnoreCase(v))
                                .map(AgentView::id)
                                .findFirst()
                                .map(String::valueOf);
            default -> Optional.of(v.toLowerCase(Locale.ROOT)); // status, priority, type: checked by the list's parser
        };
    }

    private static Optional<String> entry(List<EntryView> entries, String name) {
        return entries.stream()
                .filter(e -> e.name().equalsIgnoreCase(name))
                .map(EntryView::id)
                .findFirst()
                .map(String::valueOf);
    }
}

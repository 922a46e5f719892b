package io.switchboard.application.parse;

import io.switchboard.application.view.AgentRef;
import io.switchboard.application.view.ContactRef;
import io.switchboard.application.view.Ref;
import io.switchboard.domain.shared.FieldError;
import io.switchboard.domain.ticket.Priority;
import io.switchboard.domain.ticket.TicketType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Turns a parser plugin's reading into a draft the way the built-in parser's are made: every
 * name is matched against the live catalogue (so a plugin can never propose a company or agent
 * that does not exist), a guess or a name that matched nothing becomes a warning, and the
 * expected fields left empty are listed as missing.
 */
final class ReadingResolver {

    static final Set<String> FIELDS = Set.of(
            "summary", "description", "priority", "type", "company", "contact", "assignee", "board", "category", "due");

    /** A date alone means by the end of that working day, as "due Friday" does for the built-in parser. */
    private static final LocalTime END_OF_DAY = LocalTime.of(17, 0);

    private final ParseInput in;
    private final Map<String, String> fields;
    private final List<FieldError> warnings = new ArrayList<>();

    private ReadingResolver(PluginReading reading, ParseInput in) {
        this.in = in;
        this.fields = reading.fields();
        reading.warnings().forEach(w -> warnings.add(new FieldError("parser", reading.parser() + ": " + w)));
        new TreeSet<>(fields.keySet())
                .stream()
                        .filter(k -> !FIELDS.contains(k))
                        .forEach(k -> warnings.add(
                                new FieldError(k, "is not a draft field; " + reading.parser() + " set it")));
    }

    static TicketDraft draft(PluginReading reading, ParseInput in) {
        return new ReadingResolver(reading, in).draft();
    }

    private TicketDraft draft() {
        String summary = text("summary");
        Priority priority = keyed("priority", Priority.values(), Priority::key);
        TicketType type = keyed("type", TicketType.values(), TicketType::key);
        Ref company = named("company", in.catalogue().companies(), c -> List.of(c.name()));
        ContactRef contact = contact();
        if (company == null && text("company") == null) {
            company = in.contactCompany(); // the requester's company, as the built-in parser proposes it
        }
        AgentRef assignee = "me".equalsIgnoreCase(text("assignee"))
                ? me()
                : named("assignee", in.catalogue().agents(), a -> List.of(a.name(), a.username()));
        Ref board = named("board", in.catalogue().boards(), b -> List.of(b.name()));
        Ref category = named("category", in.catalogue().categories(), c -> List.of(c.name()));
        Instant due = due();
        Object[] values = {summary, company, priority, assignee, board};
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < TicketDraft.EXPECTED.size(); i++) {
            if (values[i] == null) {
                missing.add(TicketDraft.EXPECTED.get(i));
            }
        }
        return new TicketDraft(
                summary,
                text("description"),
                priority,
                type,
                company,
                contact,
                assignee,
                board,
                category,
                due,
                missing,
                warnings);
    }

    private String text(String field) {
        String v = fields.get(field);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private <E> E keyed(String field, E[] values, Function<E, String> key) {
        String v = text(field);
        if (v == null) {
            return null;
        }
        for (E e : values) {
            if (key.apply(e).equalsIgnoreCase(v)) {
                return e;
            }
        }
        warnings.add(new FieldError(
                field,
                "\"" + v + "\" is not one of "
                        + String.join(", ", Arrays.stream(values).map(key).toList())));
        return null;
    }

    private <T> T named(String field, List<T> catalogue, Function<T, List<String>> names) {
        String v = text(field);
        if (v == null) {
            return null;
        }
        FuzzyNames.Match<T> m = new FuzzyNames<>(catalogue, names).match(v, true);
        if (m == null) {
            warnings.add(new FieldError(field, "no " + field + " is called \"" + v + "\""));
            return null;
        }
        if (!m.exact()) {
            warnings.add(new FieldError(
                    field,
                    "\"" + v + "\" is not an exact name; proposed "
                            + names.apply(m.candidate()).get(0)));
        }
        return m.candidate();
    }

    private AgentRef me() {
        if (in.me() == null) {
            warnings.add(new FieldError("assignee", "\"me\" has no agent record"));
        }
        return in.me();
    }

    /** The requester the text names by address or full name, if the plugin agrees with it or names nobody. */
    private ContactRef contact() {
        String v = text("contact");
        if (v == null) {
            return in.contact();
        }
        ContactRef known = in.contact();
        if (known != null && (v.equalsIgnoreCase(known.email()) || v.equalsIgnoreCase(known.name()))) {
            return known;
        }
        warnings.add(new FieldError("contact", "no active contact \"" + v + "\" is named in the text"));
        return null;
    }

    /** An instant, a local date-time or a date (end of that day) in the caller's zone. */
    private Instant due() {
        String v = text("due");
        if (v == null) {
            return null;
        }
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException notInstant) {
            try {
                return LocalDateTime.parse(v).atZone(in.zone()).toInstant();
            } catch (DateTimeParseException notDateTime) {
                try {
                    return LocalDate.parse(v)
                            .atTime(END_OF_DAY)
                            .atZone(in.zone())
                            .toInstant();
                } catch (DateTimeParseException notDate) {
                    warnings.add(new FieldError("due", "\"" + v + "\" is not an ISO-8601 date or time"));
                    return null;
                }
            }
        }
    }
}

package io.switchboard.interfaces.rest;

import io.switchboard.application.command.TicketFilter;
import io.switchboard.application.command.TicketFilter.Assigned;
import io.switchboard.application.command.TicketFilter.SortKey;
import io.switchboard.domain.shared.FieldError;
import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.domain.shared.Keyed;
import io.switchboard.domain.ticket.Priority;
import io.switchboard.domain.ticket.TicketType;
import io.switchboard.interfaces.rest.http.CallerContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The list's query parameters: each may repeat or hold a comma-separated list
 * ({@code status=open,waiting}); every bad value is reported, not just the first.
 */
public final class TicketListParams {

    public static final Set<String> NAMES = Set.of(
            "q",
            "status",
            "priority",
            "type",
            "board",
            "company",
            "category",
            "contact",
            "assigned",
            "includeClosed",
            "overdue",
            "sort",
            "page",
            "pageSize",
            "createdFrom",
            "createdTo",
            "resolvedFrom",
            "resolvedTo",
            "updatedSince",
            "psaConnection",
            "psaBoard");

    private final MultivaluedMap<String, String> params;
    private final List<FieldError> errors = new ArrayList<>();

    private TicketListParams(MultivaluedMap<String, String> params) {
        this.params = params;
    }

    public static TicketFilter parse(MultivaluedMap<String, String> given, CallerContext caller) {
        List<FieldError> syntax = new ArrayList<>();
        MultivaluedMap<String, String> params = QuerySyntax.expand(given, syntax);
        TicketListParams p = new TicketListParams(params);
        p.errors.addAll(syntax);
        params.keySet().stream()
                .filter(k -> !NAMES.contains(k))
                .sorted()
                .forEach(k -> p.errors.add(new FieldError(
                        k,
                        "is not a filter of this list; filters: "
                                + String.join(", ", new java.util.TreeSet<>(NAMES)))));
        TicketFilter filter = new TicketFilter(
                params.getFirst("q"),
                p.values("status"),
                p.keyed("priority", Priority.class),
                p.keyed("type", TicketType.class),
                p.ids("board"),
                p.ids("company"),
                p.ids("category"),
                p.ids("contact").stream().findFirst().orElse(null),
                p.assigned(caller),
                p.bool("includeClosed", false),
                params.containsKey("overdue") ? p.bool("overdue", false) : null,
                p.sort(),
                p.integer("page", 1, 1, Integer.MAX_VALUE / TicketFilter.MAX_PAGE_SIZE),
                p.integer("pageSize", TicketFilter.DEFAULT_PAGE_SIZE, 1, TicketFilter.MAX_PAGE_SIZE),
                new TicketFilter.Period(p.instant("createdFrom"), p.instant("createdTo")),
                new TicketFilter.Period(p.instant("resolvedFrom"), p.instant("resolvedTo")),
                // What every sync client needs: tickets changed at or after an instant (with sort=updatedAt).
                new TicketFilter.Period(p.instant("updatedSince"), null),
                p.psa());
        if (!p.errors.isEmpty()) {
            throw new InvalidInputException(p.errors);
        }
        return filter;
    }

    private Set<String> values(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String raw : params.getOrDefault(name, List.of())) {
            Arrays.stream(raw.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .forEach(out::add);
        }
        return out;
    }

    private <E extends Enum<E> & Keyed> Set<E> keyed(String name, Class<E> type) {
        return convert(name, v -> Keyed.parse(type, name, v), "must be among: " + String.join(", ", Keyed.keys(type)));
    }

    /** psaConnection (an id), and within it psaBoard (a remote board id, only with a connection). */
    private TicketFilter.PsaScope psa() {
        Long connection = ids("psaConnection").stream().findFirst().orElse(null);
        String board = params.getFirst("psaBoard");
        board = board == null || board.isBlank() ? null : board.strip();
        if (board != null && board.length() > 80) {
            errors.add(new FieldError("psaBoard", "must be at most 80 characters"));
            return null;
        }
        if (board != null && connection == null) {
            errors.add(new FieldError(
                    "psaBoard", "needs psaConnection: a remote board id means something only within its connection"));
            return null;
        }
        return connection == null ? null : new TicketFilter.PsaScope(connection, board);
    }

    private Set<Long> ids(String name) {
        return convert(
                name,
                v -> {
                    long id = Long.parseLong(v);
                    if (id < 1) {
                        throw new NumberFormatException();
                    }
                    return id;
                },
                "must be positive whole numbers");
    }

    private <T> Set<T> convert(String name, Function<String, T> parser, String message) {
        Set<T> out = new LinkedHashSet<>();
        for (String v : values(name)) {
            try {
                out.add(parser.apply(v));
            } catch (RuntimeException e) {
                errors.add(new FieldError(name, "'" + v + "' is not valid; " + message));
                return Set.of();
            }
        }
        return out;
    }

    private Assigned assigned(CallerContext caller) {
        String value = params.getFirst("assigned");
        if (value == null || value.isBlank() || value.equalsIgnoreCase("all")) {
            return Assigned.ALL;
        }
        if (value.equalsIgnoreCase("unassigned")) {
            return Assigned.UNASSIGNED;
        }
        if (value.equalsIgnoreCase("me")) {
            // Without an agent record nothing can be assigned to the caller: an honest empty list.
            return caller.agent().map(a -> Assigned.to(a.id())).orElse(Assigned.to(-1));
        }
        try {
            return Assigned.to(Long.parseLong(value));
        } catch (NumberFormatException e) {
            errors.add(new FieldError("assigned", "must be me, unassigned, all or an agent id"));
            return Assigned.ALL;
        }
    }

    private Instant instant(String name) {
        String value = params.getFirst(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be an instant like 2026-03-01T00:00:00Z"));
            return null;
        }
    }

    private boolean bool(String name, boolean defaultValue) {
        String value = params.getFirst(name);
        if (value == null || value.isBlank()) {
            return params.containsKey(name) || defaultValue;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> {
                errors.add(new FieldError(name, "must be true or false"));
                yield defaultValue;
            }
        };
    }

    private int integer(String name, int defaultValue, int min, int max) {
        String value = params.getFirst(name);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(name, "must be a whole number from " + min + " to " + max));
        return defaultValue;
    }

    private List<SortKey> sort() {
        List<SortKey> keys = new ArrayList<>();
        for (String term : values("sort")) {
            boolean descending = term.startsWith("-");
            String field = descending || term.startsWith("+") ? term.substring(1) : term;
            SortKey.Field f = switch (field) {
                case "priority" -> SortKey.Field.PRIORITY;
                case "createdAt" -> SortKey.Field.CREATED_AT;
                case "updatedAt" -> SortKey.Field.UPDATED_AT;
                case "dueAt" -> SortKey.Field.DUE_AT;
                case "deadline", "deadlineAt" -> SortKey.Field.DEADLINE_AT;
                case "number", "id" -> SortKey.Field.NUMBER;
                case "summary" -> SortKey.Field.SUMMARY;
                case "status" -> SortKey.Field.STATUS;
                default -> null;
            };
            if (f == null) {
                errors.add(
                        new FieldError(
                                "sort",
                                "'" + field
                                        + "' is not sortable; use priority, status, createdAt, updatedAt, dueAt, deadline, number or summary, with - for descending"));
            } else {
                keys.add(new SortKey(f, descending));
            }
        }
        return keys;
    }
}

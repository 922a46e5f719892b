package io.switchboard.domain.sla;

import io.switchboard.domain.shared.InvalidInputException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The hours an SLA clock counts. Written as {@code 24x7}, or as a zone followed by weekly
 * windows: {@code Europe/Berlin MON-FRI 08:00-18:00, SAT 09:00-12:00}.
 */
public final class BusinessCalendar {

    public static final BusinessCalendar ALWAYS = new BusinessCalendar("24x7", ZoneId.of("UTC"), Map.of());

    /** A search for the next business window gives up after this many empty days (a calendar with no hours). */
    private static final int MAX_EMPTY_DAYS = 14;

    private final String spec;
    private final ZoneId zone;
    private final Map<DayOfWeek, List<Window>> windows;

    private record Window(LocalTime start, LocalTime end) {}

    private BusinessCalendar(String spec, ZoneId zone, Map<DayOfWeek, List<Window>> windows) {
        this.spec = spec;
        this.zone = zone;
        this.windows = windows;
    }

    public static BusinessCalendar parse(String spec) {
        if (spec == null || spec.isBlank() || spec.trim().equalsIgnoreCase("24x7")) {
            return ALWAYS;
        }
        String trimmed = spec.trim();
        int space = trimmed.indexOf(' ');
        if (space < 0) {
            throw invalid(spec);
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(trimmed.substring(0, space));
        } catch (RuntimeException e) {
            throw new InvalidInputException("calendar", "has an unknown time zone: " + trimmed.substring(0, space));
        }
        Map<DayOfWeek, List<Window>> windows = new EnumMap<>(DayOfWeek.class);
        for (String part : trimmed.substring(space + 1).split(",")) {
            String[] dayAndHours = part.trim().split("\\s+");
            if (dayAndHours.length != 2) {
                throw invalid(spec);
            }
            Window window = window(dayAndHours[1], spec);
            for (DayOfWeek day : days(dayAndHours[0], spec)) {
                windows.computeIfAbsent(day, d -> new ArrayList<>()).add(window);
            }
        }
        for (Map.Entry<DayOfWeek, List<Window>> day : windows.entrySet()) {
            List<Window> list = day.getValue();
            list.sort((a, b) -> a.start.compareTo(b.start));
            for (int i = 1; i < list.size(); i++) {
                // Overlapping hours would be counted twice.
                if (list.get(i).start.isBefore(list.get(i - 1).end)) {
                    throw new InvalidInputException(
                            "calendar", "has overlapping hours on " + day.getKey() + ": " + spec);
                }
            }
        }
        return new BusinessCalendar(trimmed, zone, windows);
    }

    private static List<DayOfWeek> days(String text, String spec) {
        String[] range = text.toUpperCase(Locale.ROOT).split("-", -1);
        if (range.length > 2) {
            throw invalid(spec);
        }
        try {
            DayOfWeek first = day(range[0]);
            DayOfWeek last = range.length == 2 ? day(range[1]) : first;
            List<DayOfWeek> days = new ArrayList<>();
            for (DayOfWeek d = first; ; d = d.plus(1)) {
                days.add(d);
                if (d == last) {
                    return days;
                }
            }
        } catch (IllegalArgumentException e) {
            throw invalid(spec);
        }
    }

    private static DayOfWeek day(String abbreviation) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(abbreviation) && abbreviation.length() >= 3) {
                return d;
            }
        }
        throw new IllegalArgumentException(abbreviation);
    }

    private static Window window(String text, String spec) {
        String[] hours = text.split("-");
        try {
            LocalTime start = LocalTime.parse(hours[0]);
            LocalTime end = hours[1].equals("24:00") ? LocalTime.MAX : LocalTime.parse(hours[1]);
            if (!end.isAfter(start)) {
                throw invalid(spec);
            }
            return new Window(start, end);
        } catch (RuntimeException e) {
            throw invalid(spec);
        }
    }

    private static InvalidInputException invalid(String spec) {
        return new InvalidInputException(
                "calendar", "must be 24x7 or like 'Europe/Berlin MON-FRI 08:00-18:00', got: " + spec);
    }

    public boolean isAlways() {
        return windows.isEmpty();
    }

    /** The instant at which {@code amount} of business time has passed after {@code start}. */
    public Instant plus(Instant start, Duration amount) {
        if (isAlways() || amount.isZero() || amount.isNegative()) {
            return start.plus(amount);
        }
        Duration left = amount;
        ZonedDateTime cursor = start.atZone(zone);
        int emptyDays = 0;
        while (true) {
            LocalDate date = cursor.toLocalDate();
            boolean any = false;
            for (Window w : windows.getOrDefault(date.getDayOfWeek(), List.of())) {
                ZonedDateTime from = max(cursor, date.atTime(w.start).atZone(zone));
                ZonedDateTime to = end(date, w);
                if (!from.isBefore(to)) {
                    continue;
                }
                any = true;
                Duration available = Duration.between(from, to);
                if (available.compareTo(left) >= 0) {
                    return from.plus(left).toInstant();
                }
                left = left.minus(available);
            }
            emptyDays = any ? 0 : emptyDays + 1;
            if (emptyDays > MAX_EMPTY_DAYS) {
                throw new IllegalStateException("Calendar has no business hours: " + spec);
            }
            cursor = date.plusDays(1).atStartOfDay(zone);
        }
    }

    /** Business time between two instants; zero when {@code to} is not after {@code from}. */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        if (isAlways()) {
            return Duration.between(from, to);
        }
        Duration total = Duration.ZERO;
        ZonedDateTime end = to.atZone(zone);
        for (LocalDate date = from.atZone(zone).toLocalDate();
                !date.isAfter(end.toLocalDate());
                date = date.plusDays(1)) {
            for (Window w : windows.getOrDefault(date.getDayOfWeek(), List.of())) {
                ZonedDateTime a = max(from.atZone(zone), date.atTime(w.start).atZone(zone));
                ZonedDateTime b = min(end, end(date, w));
                if (a.isBefore(b)) {
                    total = total.plus(Duration.between(a, b));
                }
            }
        }
        return total;
    }

    /** 24:00 is the next day's first instant, so that a whole day counts in full, not a nanosecond short. */
    private ZonedDateTime end(LocalDate date, Window w) {
        return w.end.equals(LocalTime.MAX)
                ? date.plusDays(1).atStartOfDay(zone)
                : date.atTime(w.end).atZone(zone);
    }

    private static ZonedDateTime max(ZonedDateTime a, ZonedDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static ZonedDateTime min(ZonedDateTime a, ZonedDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    public String spec() {
        return spec;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BusinessCalendar c && c.spec.equals(spec);
    }

    @Override
    public int hashCode() {
        return spec.hashCode();
    }

    @Override
    public String toString() {
        return spec;
    }
}

package io.switchboard.interfaces.web;

import io.switchboard.application.view.SlaTarget;
import io.switchboard.domain.ticket.Priority;
import io.switchboard.domain.workflow.StatusCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the portal writes times, durations, counts and badges. */
@Named("fmt")
@ApplicationScoped
public class Fmt {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    /** With the year: a due date or an old ticket must not read as this year's. */
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    public String dateTime(Instant at, ZoneId zone) {
        return at == null ? "" : DATE_TIME.format(at.atZone(zone));
    }

    public String shortDateTime(Instant at, ZoneId zone) {
        return at == null ? "" : SHORT.format(at.atZone(zone));
    }

    public String iso(Instant at) {
        return at == null ? "" : at.toString();
    }

    /** "4m", "3h", "2d", "5w": how long ago. */
    public String age(Instant at) {
        return at == null ? "" : compact(Duration.between(at, Instant.now()));
    }

    /** "in 3h 10m" or "2d 4h overdue". */
    public String until(Instant at) {
        if (at == null) {
            return "";
        }
        Duration d = Duration.between(Instant.now(), at);
        return d.isNegative() ? precise(d.negated()) + " overdue" : "in " + precise(d);
    }

    public String seconds(long seconds) {
        return precise(Duration.ofSeconds(Math.abs(seconds)));
    }

    public String minutes(long minutes) {
        return precise(Duration.ofMinutes(minutes));
    }

    static String compact(Duration d) {
        long m = Math.max(0, d.toMinutes());
        if (m < 60) {
            return m + "m";
        }
        if (m < 48 * 60) {
            return m / 60 + "h";
        }
        if (m < 14 * 24 * 60) {
            return m / (24 * 60) + "d";
        }
        return m / (7 * 24 * 60) + "w";
    }

    static String precise(Duration d) {
        long m = Math.max(0, d.toMinutes());
        long days = m / (24 * 60);
        long hours = m / 60 % 24;
        long minutes = m % 60;
        if (days > 0) {
            return days + "d" + (hours > 0 ? " " + hours + "h" : "");
        }
        if (hours > 0) {
            return hours + "h" + (minutes > 0 ? " " + minutes + "m" : "");
        }
        return minutes + "m";
    }

    /** One SLA clock in words: "Due in 55m", "Paused, 3h left", "Met 2 Dec 2026, 09:14", "Breached 1h 5m ago". */
    public String sla(SlaTarget target, ZoneId zone) {
        if (target == null) {
            return "";
        }
        return switch (target.state()) {
            case RUNNING, WARNING -> "Due in " + seconds(target.remainingSeconds());
            case PAUSED -> "Paused, " + seconds(target.remainingSeconds()) + " left";
            case MET -> "Met " + dateTime(target.metAt(), zone);
            case BREACHED ->
                target.metAt() != null
                        ? "Breached, met late " + dateTime(target.metAt(), zone)
                        : "Breached " + seconds(target.remainingSeconds()) + " ago";
        };
    }

    public String count(long n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    public String priorityIcon(Priority p) {
        if (p == null) {
            return "";
        }
        return switch (p) {
            case CRITICAL -> "pi pi-angle-double-up";
            case HIGH -> "pi pi-angle-up";
            case MEDIUM -> "pi pi-minus";
            case LOW -> "pi pi-angle-down";
        };
    }

    public String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String s = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public String statusClass(StatusCategory category) {
        return category == null ? "sb-status" : "sb-status sb-status-" + category.key();
    }
}

package io.switchboard.interfaces.web;

import io.switchboard.application.SlaService;
import io.switchboard.application.view.SlaPolicyView;
import io.switchboard.domain.shared.DomainException;
import io.switchboard.domain.shared.StaleVersionException;
import io.switchboard.domain.sla.SlaPolicy;
import io.switchboard.domain.ticket.Priority;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Admin: first-response and resolution targets per priority. */
@Named
@ViewScoped
public class SlaAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SlaService sla;

    private List<Row> rows = new ArrayList<>();

    public void load() {
        rows = new ArrayList<>(sla.policies().stream().map(Row::new).toList());
    }

    /** Saves a row; a large change (more than three times or less than a third of a target) waits for a confirmation. */
    public void save(Row row) {
        String change = row.largeChange();
        // Out of bounds is refused outright below, with the reason; only a possible change needs a confirmation.
        if (change != null && row.inBounds() && !change.equals(row.confirming)) {
            row.confirming = change; // asked again if the values change once more
            Feedback.warn(
                    "Confirm the " + row.priority.key() + " targets: " + change + ".",
                    "That is a large change. Press Confirm to save it, or correct the value.");
            return;
        }
        row.confirming = null;
        try {
            SlaPolicyView saved = sla.update(
                    row.priority, row.version, row.firstResponseMinutes, row.resolutionMinutes, row.calendar);
            rows.set(rows.indexOf(row), new Row(saved));
            Feedback.info("Targets for " + saved.priority().key() + " saved. Tickets opened from now on use them.");
        } catch (StaleVersionException e) {
            Feedback.warn(
                    "Someone else changed the " + row.priority.key() + " targets meanwhile.",
                    "Nothing was saved. Reload the page to see their change.");
        } catch (DomainException e) {
            int i = rows.indexOf(row);
            Feedback.error(
                    e,
                    Map.of(
                            "firstResponseMinutes", "slaForm:rows:" + i + ":firstResponse",
                            "resolutionMinutes", "slaForm:rows:" + i + ":resolution",
                            "calendar", "slaForm:rows:" + i + ":calendar"));
        }
    }

    /** Back to the saved targets of a row whose large change the admin did not mean. */
    public void cancel(Row row) {
        rows.set(rows.indexOf(row), new Row(row.saved));
    }

    public List<Row> getRows() {
        return rows;
    }

    /** One policy as the admin edits it. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Priority priority;
        private final long version;
        private long firstResponseMinutes;
        private long resolutionMinutes;
        private String calendar;
        private final SlaPolicyView saved;
        /** The large change the admin was asked to confirm, if any. */
        private String confirming;

        Row(SlaPolicyView v) {
            this.saved = v;
            this.priority = v.priority();
            this.version = v.version();
            this.firstResponseMinutes = v.firstResponseMinutes();
            this.resolutionMinutes = v.resolutionMinutes();
            this.calendar = v.calendar();
        }

        /** "resolution 8h → 60d" when a target grows more than threefold or shrinks below a third; else null. */
        String largeChange() {
            StringBuilder change = new StringBuilder();
            describe(change, "first response", saved.firstResponseMinutes(), firstResponseMinutes);
            describe(change, "resolution", saved.resolutionMinutes(), resolutionMinutes);
            return change.isEmpty() ? null : change.toString();
        }

        private static void describe(StringBuilder out, String what, long before, long after) {
            if (after > before * 3 || after * 3 < before) {
                out.append(out.isEmpty() ? "" : ", ")
                        .append(what)
                        .append(' ')
                        .append(Fmt.precise(java.time.Duration.ofMinutes(before)))
                        .append(" → ")
                        .append(Fmt.precise(java.time.Duration.ofMinutes(Math.max(0, after))));
            }
        }

        boolean inBounds() {
            return firstResponseMinutes >= 1
                    && firstResponseMinutes <= SlaPolicy.MAX_FIRST_RESPONSE_MINUTES
                    && resolutionMinutes >= firstResponseMinutes
                    && resolutionMinutes <= SlaPolicy.MAX_RESOLUTION_MINUTES;
        }

        public boolean isConfirming() {
            return confirming != null;
        }

        public Priority getPriority() {
            return priority;
        }

        public long getFirstResponseMinutes() {
            return firstResponseMinutes;
        }

        public void setFirstResponseMinutes(long firstResponseMinutes) {
            this.firstResponseMinutes = firstResponseMinutes;
        }

        public long getResolutionMinutes() {
            return resolutionMinutes;
        }

        public void setResolutionMinutes(long resolutionMinutes) {
            this.resolutionMinutes = resolutionMinutes;
        }

        public String getCalendar() {
            return calendar;
        }

        public void setCalendar(String calendar) {
            this.calendar = calendar;
        }
    }
}

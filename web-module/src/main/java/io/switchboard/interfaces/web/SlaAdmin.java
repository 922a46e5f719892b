package io.switchboard.interfaces.web;

import io.switchboard.application.SlaService;
import io.switchboard.application.view.SlaPolicyView;
import io.switchboard.domain.shared.DomainException;
import io.switchboard.domain.shared.StaleVersionException;
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

    public void save(Row row) {
        try {
            SlaPolicyView saved = sla.update(row.priority, row.version, row.firstResponseMinutes, row.resolutionMinutes, row.calendar);
            rows.set(rows.indexOf(row), new Row(saved));
            Feedback.info("Targets for " + saved.priority().key() + " saved. Tickets opened from now on use them.");
        } catch (StaleVersionException e) {
            Feedback.warn("Someone else changed the " + row.priority.key() + " targets meanwhile.", "Nothing was saved. Reload the page to see their change.");
        } catch (DomainException e) {
            Feedback.error(e, Map.of());
        }
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

        Row(SlaPolicyView v) {
            this.priority = v.priority();
            this.version = v.version();
            this.firstResponseMinutes = v.firstResponseMinutes();
            this.resolutionMinutes = v.resolutionMinutes();
            this.calendar = v.calendar();
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

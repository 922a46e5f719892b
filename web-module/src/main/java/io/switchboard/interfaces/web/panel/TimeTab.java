package io.switchboard.interfaces.web.panel;

import io.switchboard.application.TimeEntryService;
import io.switchboard.application.command.LogTime;
import io.switchboard.application.view.TimeEntryView;
import io.switchboard.application.view.TimeSheet;
import io.switchboard.domain.shared.DomainException;
import io.switchboard.interfaces.web.Feedback;
import io.switchboard.interfaces.web.PortalUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The panel's time entries: who worked how long, billable or not, with the ticket's totals. */
@Named
@ViewScoped
public class TimeTab implements PanelTab, Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;
    /** Offered in the work-type field; any other key is accepted too (a PSA connection maps them). */
    private static final List<String> WORK_TYPES = List.of("general", "remote", "onsite", "phone", "travel", "admin");

    @Inject
    TimeEntryService time;

    @Inject
    TicketPanel panel;

    @Inject
    PortalUser user;

    private TimeSheet sheet = new TimeSheet(List.of(), 0, 1, SHOWN, 0, 0);
    private Integer minutes;
    private boolean billable = true;
    private String workType = "general";
    private String note;

    @Override
    public void reset() {
        minutes = null;
        billable = true;
        workType = "general";
        note = null;
    }

    @Override
    public void load(long ticketId) {
        sheet = time.sheet(ticketId, 1, SHOWN);
    }

    public void log() {
        panel.showTab(TicketPanel.TIME);
        try {
            time.log(panel.ticketId(), new LogTime(null, null, minutes, billable, workType, note), user.actor());
            int logged = minutes;
            minutes = null;
            note = null;
            panel.refreshAfterOwnChange();
            Feedback.info(logged + " minutes logged.");
        } catch (DomainException e) {
            Feedback.error(
                    e,
                    Map.of(
                            "minutes", "panelForm:tabs:timeMinutes",
                            "workType", "panelForm:tabs:timeWorkType",
                            "note", "panelForm:tabs:timeNote",
                            "agentId", "panelForm:tabs:timeMinutes"));
        }
    }

    public void remove(TimeEntryView entry) {
        panel.showTab(TicketPanel.TIME);
        try {
            time.remove(panel.ticketId(), entry.id(), user.actor());
            panel.refreshAfterOwnChange();
            Feedback.info("Time entry removed.");
        } catch (DomainException e) {
            Feedback.error(e, Map.of());
        }
    }

    public TimeSheet getSheet() {
        return sheet;
    }

    /** The common work types that start with what was typed. */
    public List<String> completeWorkType(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(java.util.Locale.ROOT);
        return WORK_TYPES.stream().filter(t -> t.startsWith(q)).toList();
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public boolean isBillable() {
        return billable;
    }

    public void setBillable(boolean billable) {
        this.billable = billable;
    }

    public String getWorkType() {
        return workType;
    }

    public void setWorkType(String workType) {
        this.workType = workType;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}

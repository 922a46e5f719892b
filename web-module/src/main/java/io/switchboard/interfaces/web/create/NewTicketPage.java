package io.switchboard.interfaces.web.create;

import io.switchboard.application.DirectoryService;
import io.switchboard.application.TicketService;
import io.switchboard.application.parse.TicketDraft;
import io.switchboard.application.parse.TicketDrafts;
import io.switchboard.application.view.DirectoryViews.ContactView;
import io.switchboard.application.view.TicketView;
import io.switchboard.domain.shared.DomainException;
import io.switchboard.domain.shared.FieldError;
import io.switchboard.interfaces.web.Feedback;
import io.switchboard.interfaces.web.PortalUser;
import io.switchboard.interfaces.web.panel.PsaSend;
import io.switchboard.interfaces.web.panel.TicketPanel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The new-ticket dialog. Quick Create sends the sentence to the parser and fills the same
 * {@link TicketForm} the Full Form edits, marking what the parser could not fill; either tab
 * creates the ticket and opens it in the panel.
 */
@Named
@ViewScoped
public class NewTicketPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> FIELDS = List.of(
            "summary",
            "description",
            "priority",
            "type",
            "company",
            "contact",
            "board",
            "category",
            "assignee",
            "dueAt",
            "tags");

    @Inject
    TicketService tickets;

    @Inject
    TicketDrafts drafts;

    @Inject
    DirectoryService directory;

    @Inject
    PortalUser user;

    @Inject
    TicketPanel panel;

    @Inject
    PsaSend psa;

    private boolean started;
    private String text;
    private boolean parsed;
    private List<FieldError> warnings = List.of();
    private Set<String> missing = Set.of();
    private TicketForm form = new TicketForm();
    /** A past due date the user has been warned about and kept. */
    private java.time.LocalDateTime pastDueAccepted;

    private String psaTarget;

    /** A fresh, empty dialog. */
    public void start() {
        started = true;
        text = null;
        parsed = false;
        warnings = List.of();
        missing = Set.of();
        form = new TicketForm();
        pastDueAccepted = null;
        psaTarget = null;
    }

    public void parse() {
        try {
            TicketDraft d = drafts.parse(text, user.getLogin(), user.zone());
            form = TicketForm.of(d, user.zone());
            missing = new HashSet<>(d.missingFields());
            if (d.contact() == null) {
                missing.add("contact"); // a ticket without a requester has nobody to answer
            }
            warnings = d.warnings();
            parsed = true;
        } catch (DomainException e) {
            Feedback.error(e, Map.of("text", "newTabs:quickForm:quickText"));
        }
    }

    /** Where to open the new ticket in the PSA too (a board of a connection), or null for nowhere. */
    public String getPsaTarget() {
        return psaTarget;
    }

    public void setPsaTarget(String psaTarget) {
        this.psaTarget = psaTarget == null || psaTarget.isBlank() ? null : psaTarget;
    }

    public void createQuick() {
        create("newTabs:quickForm:q-");
    }

    public void createFull() {
        create("newTabs:fullForm:f-");
    }

    private void create(String idPrefix) {
        if (isDuePast() && !form.getDueAt().equals(pastDueAccepted)) {
            // Once: a date in the past is more often a slip than a backdated ticket.
            pastDueAccepted = form.getDueAt();
            Feedback.fieldWarning(
                    idPrefix + "dueAt",
                    "This date is in the past. Correct it, or press Create ticket again to keep it.");
            return;
        }
        try {
            TicketView created = tickets.create(form.toCommand(user.zone()), user.actor());
            Feedback.info(created.number() + " created.");
            if (psaTarget != null) {
                // created either way: a PSA that refuses is said so, and the panel offers Open in PSA again
                psa.open(created.id(), psaTarget, idPrefix + "psaTarget");
            }
            panel.open(created.id());
            start();
        } catch (DomainException e) {
            Map<String, String> fields = new HashMap<>();
            for (String f : FIELDS) {
                fields.put(f, idPrefix + f);
                fields.put(f + "Id", idPrefix + f);
            }
            Feedback.error(e, fields);
        }
    }

    /** The due date the user has picked lies in the past. */
    public boolean isDuePast() {
        return form.getDueAt() != null
                && form.getDueAt().atZone(user.zone()).toInstant().isBefore(java.time.Instant.now());
    }

    /** The parser left this field empty and the user has not filled it yet. */
    public boolean isMissing(String field) {
        if (!missing.contains(field)) {
            return false;
        }
        return switch (field) {
            case "summary" -> form.getSummary() == null || form.getSummary().isBlank();
            case "company" -> form.getCompanyId() == null;
            case "contact" -> form.getContactId() == null;
            case "priority" -> form.getPriority() == null;
            case "assignee" -> form.getAssigneeId() == null;
            case "board" -> form.getBoardId() == null;
            default -> true;
        };
    }

    /** Contacts of the chosen company, for the requester menu. */
    public List<ContactView> getContacts() {
        Long companyId = form.getCompanyId();
        return companyId == null
                ? List.of()
                : directory.contacts(companyId, null, 1, 200).stream()
                        .filter(ContactView::active)
                        .toList();
    }

    public void companyChanged() {
        Long contactId = form.getContactId();
        if (contactId != null && getContacts().stream().noneMatch(c -> c.id() == contactId)) {
            form.setContactId(null);
        }
    }

    public boolean isStarted() {
        return started;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isParsed() {
        return parsed;
    }

    public List<FieldError> getWarnings() {
        return warnings;
    }

    public TicketForm getForm() {
        return form;
    }
}

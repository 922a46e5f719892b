package io.switchboard.interfaces.web.panel;

import io.switchboard.application.DirectoryService;
import io.switchboard.application.TicketService;
import io.switchboard.application.command.TicketChanges;
import io.switchboard.application.view.DirectoryViews.ContactView;
import io.switchboard.application.view.TicketView;
import io.switchboard.domain.shared.Patch;
import io.switchboard.domain.ticket.TicketType;
import io.switchboard.interfaces.web.Feedback;
import io.switchboard.interfaces.web.PortalUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The ticket's details as an edit form: requester, company, board, category, type, due date,
 * tags and description. Only what the user changed is sent, against the version they loaded, so a
 * colleague's change meanwhile is reported, never overwritten.
 */
@Named
@ViewScoped
public class TicketDetails implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PREFIX = "panelForm:d-";
    private static final Map<String, String> FIELDS = Map.of(
            "companyId", PREFIX + "company",
            "contactId", PREFIX + "contact",
            "boardId", PREFIX + "board",
            "categoryId", PREFIX + "category",
            "type", PREFIX + "type",
            "dueAt", PREFIX + "dueAt",
            "tags", PREFIX + "tags",
            "description", PREFIX + "description",
            "summary", "panelForm:summaryInput");

    @Inject
    TicketService tickets;

    @Inject
    DirectoryService directory;

    @Inject
    TicketPanel panel;

    @Inject
    PortalUser user;

    private boolean editing;
    private Long companyId;
    private Long contactId;
    private Long boardId;
    private Long categoryId;
    private TicketType type;
    private LocalDateTime dueAt;
    private List<String> tags = new ArrayList<>();
    private String description;

    /** Opens the form with the ticket's values. */
    public void edit() {
        TicketView t = panel.getTicket();
        editing = true;
        companyId = t.company() == null ? null : t.company().id();
        contactId = t.contact() == null ? null : t.contact().id();
        boardId = t.board() == null ? null : t.board().id();
        categoryId = t.category() == null ? null : t.category().id();
        type = t.type();
        dueAt = t.dueAt() == null ? null : LocalDateTime.ofInstant(t.dueAt(), user.zone());
        tags = new ArrayList<>(t.tags());
        description = t.description();
    }

    public void cancel() {
        editing = false;
    }

    /** A ticket was opened: the form starts closed. */
    void reset() {
        editing = false;
    }

    public void save() {
        TicketView t = panel.getTicket();
        Instant due = dueAt == null ? null : dueAt.atZone(user.zone()).toInstant();
        Set<String> tagSet = new LinkedHashSet<>(tags);
        TicketChanges changes = new TicketChanges(
                Patch.unchanged(),
                changed(blankToNull(description), blankToNull(t.description())),
                Patch.unchanged(),
                Patch.unchanged(),
                changed(type, t.type()),
                changed(categoryId, t.category() == null ? null : t.category().id()),
                changed(companyId, t.company() == null ? null : t.company().id()),
                changed(contactId, t.contact() == null ? null : t.contact().id()),
                Patch.unchanged(),
                changed(boardId, t.board() == null ? null : t.board().id()),
                tagSet.equals(new LinkedHashSet<>(t.tags())) ? Patch.unchanged() : Patch.set(tagSet),
                changed(due, t.dueAt()));
        if (panel.apply(
                () -> tickets.update(panel.ticketId(), panel.getLoadedVersion(), changes, user.actor()), FIELDS)) {
            editing = false;
            Feedback.info("Details saved.");
        }
    }

    private static <T> Patch<T> changed(T value, T current) {
        return Objects.equals(value, current) ? Patch.unchanged() : Patch.set(value);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Contacts of the chosen company (or every contact when none is chosen), for the requester menu. */
    public List<ContactView> getContacts() {
        return directory.contacts(companyId, null, 1, 200).stream()
                .filter(ContactView::active)
                .toList();
    }

    public void companyChanged() {
        Long current = contactId;
        if (current != null && getContacts().stream().noneMatch(c -> c.id() == current)) {
            contactId = null;
        }
    }

    public boolean isEditing() {
        return editing;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public void setCompanyId(Long companyId) {
        this.companyId = companyId;
    }

    public Long getContactId() {
        return contactId;
    }

    public void setContactId(Long contactId) {
        this.contactId = contactId;
    }

    public Long getBoardId() {
        return boardId;
    }

    public void setBoardId(Long boardId) {
        this.boardId = boardId;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public TicketType getType() {
        return type;
    }

    public void setType(TicketType type) {
        this.type = type;
    }

    public LocalDateTime getDueAt() {
        return dueAt;
    }

    public void setDueAt(LocalDateTime dueAt) {
        this.dueAt = dueAt;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}

package io.switchboard.interfaces.web;

import io.switchboard.application.DirectoryService;
import io.switchboard.application.TicketService;
import io.switchboard.application.command.CreateTicket;
import io.switchboard.application.parse.TicketDraft;
import io.switchboard.application.parse.TicketDrafts;
import io.switchboard.application.view.DirectoryViews.ContactView;
import io.switchboard.application.view.TicketView;
import io.switchboard.domain.shared.DomainException;
import io.switchboard.domain.shared.FieldError;
import io.switchboard.domain.ticket.Priority;
import io.switchboard.domain.ticket.TicketType;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The new-ticket dialog. Quick Create sends the sentence to the parser and fills the same fields
 * the Full Form edits, marking what the parser could not fill; either tab creates the ticket.
 */
@Named
@ViewScoped
public class NewTicket implements Serializable {

    private static final long serialVersionUID = 1L;

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

    private String text;
    private boolean parsed;
    private List<FieldError> warnings = List.of();
    private Set<String> missing = Set.of();

    private String summary;
    private String description;
    private Priority priority = Priority.MEDIUM;
    private TicketType type = TicketType.INCIDENT;
    private Long companyId;
    private Long contactId;
    private Long boardId;
    private Long categoryId;
    private Long assigneeId;
    private LocalDateTime dueAt;
    private List<String> tags = new ArrayList<>();

    private boolean started;

    /** A fresh, empty dialog. */
    public void start() {
        started = true;
        text = null;
        parsed = false;
        warnings = List.of();
        missing = Set.of();
        summary = null;
        description = null;
        priority = Priority.MEDIUM;
        type = TicketType.INCIDENT;
        companyId = null;
        contactId = null;
        boardId = null;
        categoryId = null;
        assigneeId = null;
        dueAt = null;
        tags = new ArrayList<>();
    }

    public void parse() {
        try {
            TicketDraft d = drafts.parse(text, user.getLogin(), user.zone());
            summary = d.summary();
            description = d.description();
            priority = d.priority();
            type = d.type();
            companyId = d.company() == null ? null : d.company().id();
            contactId = d.contact() == null ? null : d.contact().id();
            assigneeId = d.assignee() == null ? null : d.assignee().id();
            boardId = d.board() == null ? null : d.board().id();
            categoryId = d.category() == null ? null : d.category().id();
            dueAt = d.dueAt() == null ? null : LocalDateTime.ofInstant(d.dueAt(), user.zone());
            missing = new HashSet<>(d.missingFields());
            warnings = d.warnings();
            parsed = true;
        } catch (DomainException e) {
            Feedback.error(e, Map.of("text", "newTabs:quickForm:quickText"));
        }
    }

    public void createQuick() {
        create("newTabs:quickForm:q-");
    }

    public void createFull() {
        create("newTabs:fullForm:f-");
    }

    private void create(String idPrefix) {
        try {
            TicketView created = tickets.create(new CreateTicket(summary, description, priority == null ? Priority.MEDIUM : priority, type, categoryId,
                    companyId, contactId, assigneeId, boardId, new LinkedHashSet<>(tags), dueAt == null ? null : dueAt.atZone(user.zone()).toInstant(),
                    null), user.actor());
            panel.open(created.id());
            Feedback.info(created.number() + " created.");
            start();
        } catch (DomainException e) {
            Map<String, String> fields = new HashMap<>();
            for (String f : List.of("summary", "description", "priority", "type", "company", "contact", "board", "category", "assignee",
                    "dueAt", "tags")) {
                fields.put(f, idPrefix + f);
                fields.put(f + "Id", idPrefix + f);
            }
            Feedback.error(e, fields);
        }
    }

    public boolean isMissing(String field) {
        if (!missing.contains(field)) {
            return false;
        }
        return switch (field) {
            case "summary" -> summary == null || summary.isBlank();
            case "company" -> companyId == null;
            case "priority" -> priority == null;
            case "assignee" -> assigneeId == null;
            case "board" -> boardId == null;
            default -> true;
        };
    }

    /** Contacts of the chosen company, for the requester menu. */
    public List<ContactView> getContacts() {
        return companyId == null ? List.of() : directory.contacts(companyId, null, 1, 200).stream().filter(ContactView::active).toList();
    }

    public void companyChanged() {
        if (contactId != null && getContacts().stream().noneMatch(c -> c.id() == contactId)) {
            contactId = null;
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

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public TicketType getType() {
        return type;
    }

    public void setType(TicketType type) {
        this.type = type;
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

    public Long getAssigneeId() {
        return assigneeId;
    }

    public void setAssigneeId(Long assigneeId) {
        this.assigneeId = assigneeId;
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
}

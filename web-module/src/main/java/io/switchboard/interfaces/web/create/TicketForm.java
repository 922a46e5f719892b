package io.switchboard.interfaces.web.create;

import io.switchboard.application.command.CreateTicket;
import io.switchboard.application.parse.TicketDraft;
import io.switchboard.domain.ticket.Priority;
import io.switchboard.domain.ticket.TicketType;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The fields of a ticket to be created, as the dialog edits them (a due date in the user's local
 * time, a tag list): filled by hand or from the parser's draft, then turned into one command.
 */
public class TicketForm implements Serializable {

    private static final long serialVersionUID = 1L;

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

    /** Takes every field of the parser's proposal, the due date in the user's zone. */
    static TicketForm of(TicketDraft d, ZoneId zone) {
        TicketForm f = new TicketForm();
        f.summary = d.summary();
        f.description = d.description();
        f.priority = d.priority();
        f.type = d.type();
        f.companyId = d.company() == null ? null : d.company().id();
        f.contactId = d.contact() == null ? null : d.contact().id();
        f.assigneeId = d.assignee() == null ? null : d.assignee().id();
        f.boardId = d.board() == null ? null : d.board().id();
        f.categoryId = d.category() == null ? null : d.category().id();
        f.dueAt = d.dueAt() == null ? null : LocalDateTime.ofInstant(d.dueAt(), zone);
        return f;
    }

    CreateTicket toCommand(ZoneId zone) {
        return new CreateTicket(
                summary,
                description,
                priority == null ? Priority.MEDIUM : priority,
                type,
                categoryId,
                companyId,
                contactId,
                assigneeId,
                boardId,
                new LinkedHashSet<>(tags),
                dueAt == null ? null : dueAt.atZone(zone).toInstant(),
                null);
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

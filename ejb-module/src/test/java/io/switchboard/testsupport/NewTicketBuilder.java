package io.switchboard.testsupport;

import io.switchboard.domain.directory.Agent;
import io.switchboard.domain.directory.Board;
import io.switchboard.domain.directory.Category;
import io.switchboard.domain.directory.Company;
import io.switchboard.domain.directory.Contact;
import io.switchboard.domain.ticket.NewTicket;
import io.switchboard.domain.ticket.Priority;
import io.switchboard.domain.ticket.TicketType;
import java.time.Instant;
import java.util.Set;

/** A {@link NewTicket} with sensible defaults, so a test names only the fields it is about. */
public final class NewTicketBuilder {

    private String summary = "Printer on fire";
    private String description;
    private Priority priority = Priority.MEDIUM;
    private TicketType type = TicketType.INCIDENT;
    private Category category;
    private Company company;
    private Contact contact;
    private Agent assignee;
    private Board board;
    private Set<String> tags = Set.of();
    private Instant dueAt;

    NewTicketBuilder() {}

    public NewTicketBuilder summary(String value) {
        summary = value;
        return this;
    }

    public NewTicketBuilder description(String value) {
        description = value;
        return this;
    }

    public NewTicketBuilder priority(Priority value) {
        priority = value;
        return this;
    }

    public NewTicketBuilder category(Category value) {
        category = value;
        return this;
    }

    public NewTicketBuilder company(Company value) {
        company = value;
        return this;
    }

    public NewTicketBuilder contact(Contact value) {
        contact = value;
        return this;
    }

    public NewTicketBuilder assignee(Agent value) {
        assignee = value;
        return this;
    }

    public NewTicketBuilder board(Board value) {
        board = value;
        return this;
    }

    public NewTicketBuilder tags(String... values) {
        tags = Set.of(values);
        return this;
    }

    public NewTicketBuilder dueAt(Instant value) {
        dueAt = value;
        return this;
    }

    public NewTicket build() {
        return new NewTicket(
                summary, description, priority, type, category, company, contact, assignee, board, tags, dueAt);
    }
}

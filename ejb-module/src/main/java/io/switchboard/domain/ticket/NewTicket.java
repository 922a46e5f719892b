package io.switchboard.domain.ticket;

import io.switchboard.domain.directory.Agent;
import io.switchboard.domain.directory.Board;
import io.switchboard.domain.directory.Category;
import io.switchboard.domain.directory.Company;
import io.switchboard.domain.directory.Contact;
import java.time.Instant;
import java.util.Set;

/** Everything a new ticket starts with, references already resolved to entities. */
public record NewTicket(
        String summary,
        String description,
        Priority priority,
        TicketType type,
        Category category,
        Company company,
        Contact contact,
        Agent assignee,
        Board board,
        Set<String> tags,
        Instant dueAt) {

    public NewTicket {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }
}

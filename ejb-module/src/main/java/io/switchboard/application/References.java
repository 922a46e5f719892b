package io.switchboard.application;

import io.switchboard.application.command.CreateTicket;
import io.switchboard.domain.directory.Agent;
import io.switchboard.domain.directory.Board;
import io.switchboard.domain.directory.Category;
import io.switchboard.domain.directory.Company;
import io.switchboard.domain.directory.Contact;
import io.switchboard.domain.directory.DirectoryRepository;
import io.switchboard.domain.shared.UnprocessableException;
import io.switchboard.domain.ticket.NewTicket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Turns ids from a request into entities, refusing with 422 anything that does not exist or is
 * switched off. Every reference in every request passes through here.
 */
@ApplicationScoped
public class References {

    @Inject
    DirectoryRepository directory;

    public Company company(Long id) {
        return active(resolve(id, "companyId", directory::company), "companyId", Company::isActive);
    }

    public Contact contact(Long id) {
        return active(resolve(id, "contactId", directory::contact), "contactId", Contact::isActive);
    }

    public Agent agent(Long id, String field) {
        return active(resolve(id, field, directory::agent), field, Agent::isActive);
    }

    public Board board(Long id) {
        return active(resolve(id, "boardId", directory::board), "boardId", Board::isActive);
    }

    public Category category(Long id) {
        return active(resolve(id, "categoryId", directory::category), "categoryId", Category::isActive);
    }

    /** A new ticket's specification with every reference resolved (and checked). */
    public NewTicket newTicket(CreateTicket c) {
        return new NewTicket(
                c.summary(),
                c.description(),
                c.priority(),
                c.type(),
                category(c.categoryId()),
                company(c.companyId()),
                contact(c.contactId()),
                agent(c.assigneeId(), "assigneeId"),
                board(c.boardId()),
                c.tags(),
                c.dueAt());
    }

    private static <T> T resolve(Long id, String field, LongFunction<Optional<T>> finder) {
        if (id == null) {
            return null;
        }
        String what = field.replaceAll("(Ids?|Id)$", "");
        return finder.apply(id)
                .orElseThrow(() ->
                        new UnprocessableException(field, "refers to " + what + " " + id + ", which does not exist"));
    }

    private static <T> T active(T entity, String field, java.util.function.Predicate<T> isActive) {
        if (entity != null && !isActive.test(entity)) {
            throw new UnprocessableException(field, "refers to a deactivated " + field.replaceAll("(Ids?|Id)$", ""));
        }
        return entity;
    }
}

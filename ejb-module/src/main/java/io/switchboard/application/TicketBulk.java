package io.switchboard.application;

import io.switchboard.application.command.BulkChange;
import io.switchboard.application.command.BulkTarget;
import io.switchboard.application.view.BulkResult;
import io.switchboard.application.view.BulkResult.Item;
import io.switchboard.application.view.BulkResult.Outcome;
import io.switchboard.domain.shared.Actor;
import io.switchboard.domain.shared.DomainException;
import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.domain.ticket.TicketNumber;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Bulk actions: the same change applied to many tickets, each in a transaction of its own, so
 * one refusal (an illegal move, a stale version, a deleted ticket) stops nothing else. Every
 * ticket goes through the same services as a single change, with history, events and SLA.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TicketBulk {

    /** A bulk action names at most this many tickets (a filter is cut off there too). */
    public static final int MAX_TICKETS = 1000;

    @Inject
    BulkStep step;

    public BulkResult apply(List<BulkTarget> targets, BulkChange change, Actor actor) {
        if (change.isEmpty()) {
            throw new InvalidInputException(
                    "set", "must change something: status, priority, assigneeId, boardId, addTag, close or mergeInto");
        }
        if (targets.isEmpty() || targets.size() > MAX_TICKETS) {
            throw new InvalidInputException("tickets", "must name 1 to " + MAX_TICKETS + " tickets");
        }
        List<Item> items = new ArrayList<>(targets.size());
        for (BulkTarget target : targets) {
            items.add(one(target, change, actor));
        }
        return BulkResult.of(items);
    }

    private Item one(BulkTarget target, BulkChange change, Actor actor) {
        String number = new TicketNumber(target.ticketId()).toString();
        try {
            return step.apply(target, change, actor);
        } catch (DomainException e) {
            return new Item(number, Outcome.REFUSED, List.of(), reason(e));
        } catch (EJBException e) {
            if (e.getCause() instanceof DomainException d) {
                return new Item(number, Outcome.REFUSED, List.of(), reason(d));
            }
            throw e;
        }
    }

    private static String reason(DomainException e) {
        if (e.errors().isEmpty()) {
            return e.getMessage();
        }
        return e.errors().stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
    }
}

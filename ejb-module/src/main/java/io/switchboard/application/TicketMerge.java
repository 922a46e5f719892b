package io.switchboard.application;

import io.switchboard.application.view.TicketView;
import io.switchboard.domain.shared.Actor;
import io.switchboard.domain.shared.NotFoundException;
import io.switchboard.domain.shared.StaleVersionException;
import io.switchboard.domain.shared.UnprocessableException;
import io.switchboard.domain.ticket.LinkRepository;
import io.switchboard.domain.ticket.LinkType;
import io.switchboard.domain.ticket.MergedParts;
import io.switchboard.domain.ticket.Ticket;
import io.switchboard.domain.ticket.TicketNumber;
import io.switchboard.domain.ticket.TicketRepository;
import io.switchboard.domain.workflow.StatusCategory;
import io.switchboard.domain.workflow.WorkflowRepository;
import io.switchboard.domain.workflow.WorkflowStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * Merges one ticket into another. The survivor takes the merged ticket's comments (and with them
 * the email Message-IDs that thread replies), files, tasks, time entries, watchers, links and, if
 * it has none, its PSA ref; the merged ticket is closed, marked as a duplicate of the survivor and
 * points at it. Both histories record it, and a {@code ticket.merged} event tells mail and PSA.
 */
@Stateless
public class TicketMerge {

    @Inject
    TicketRepository tickets;

    @Inject
    WorkflowRepository workflow;

    @Inject
    MergedParts parts;

    @Inject
    LinkRepository links;

    @Inject
    TicketViews views;

    @Inject
    Clock clock;

    /** Merges {@code mergedId} into {@code survivorId}; returns the survivor as it now is. */
    public TicketView merge(long mergedId, long survivorId, Long expectedVersion, Actor actor) {
        if (mergedId == survivorId) {
            throw new UnprocessableException("into", "a ticket cannot be merged into itself");
        }
        // Lock in id order, as linking does, so two opposite merges cannot deadlock.
        Ticket first = lock(Math.min(mergedId, survivorId), mergedId);
        Ticket second = lock(Math.max(mergedId, survivorId), mergedId);
        Ticket merged = first.id() == mergedId ? first : second;
        Ticket survivor = merged == first ? second : first;
        if (expectedVersion != null && expectedVersion != merged.version()) {
            throw new StaleVersionException("Ticket " + merged.number(), expectedVersion, merged.version());
        }
        merged.mergeInto(survivor, closedStatus(), actor, clock);
        parts.move(mergedId, survivorId);
        links.add(merged.linkTo(survivor, LinkType.DUPLICATE, actor, clock));
        tickets.store(merged);
        tickets.store(survivor);
        return views.of(survivor);
    }

    /** Where mail and PSA refs of a ticket go: the ticket itself, or the one it was (at last) merged into. */
    public long survivorOf(long ticketId) {
        long id = ticketId;
        for (int hops = 0; hops < 20; hops++) {
            Optional<Long> next = tickets.find(id).map(Ticket::mergedIntoId);
            if (next.isEmpty() || next.get() == null) {
                return id;
            }
            id = next.get();
        }
        return id;
    }

    private Ticket lock(long id, long mergedId) {
        try {
            return tickets.lock(id);
        } catch (NotFoundException e) {
            if (id == mergedId) {
                throw e;
            }
            throw new UnprocessableException("into", "refers to " + new TicketNumber(id) + ", which does not exist");
        }
    }

    private WorkflowStatus closedStatus() {
        return workflow.statuses().stream()
                .filter(s -> s.category() == StatusCategory.CLOSED && s.isActive())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The workflow has no active closed status"));
    }
}

package io.switchboard.application;

import io.switchboard.application.command.LinkRole;
import io.switchboard.application.view.LinkView;
import io.switchboard.domain.shared.Actor;
import io.switchboard.domain.shared.ConflictException;
import io.switchboard.domain.shared.NotFoundException;
import io.switchboard.domain.shared.UnprocessableException;
import io.switchboard.domain.ticket.LinkRepository;
import io.switchboard.domain.ticket.LinkType;
import io.switchboard.domain.ticket.Ticket;
import io.switchboard.domain.ticket.TicketLink;
import io.switchboard.domain.ticket.TicketNumber;
import io.switchboard.domain.ticket.TicketRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Related, parent/child and duplicate links between tickets. */
@Stateless
public class LinkService {

    /** Deeper than any real hierarchy; the walk stops here rather than trusting the data forever. */
    private static final int MAX_DEPTH = 100;

    @Inject
    TicketRepository tickets;

    @Inject
    LinkRepository links;

    @Inject
    TicketViews views;

    @Inject
    Clock clock;

    /** Links {@code ticketId} to {@code otherId}, where {@code role} is what the other ticket is to this one. */
    public LinkView link(long ticketId, long otherId, LinkRole role, Actor actor) {
        if (ticketId == otherId) {
            throw new UnprocessableException("ticket", "a ticket cannot be linked to itself");
        }
        // Lock in id order so that two people linking the same pair in opposite directions cannot deadlock.
        Ticket first = tickets.lock(Math.min(ticketId, otherId));
        Ticket second = lockOther(Math.max(ticketId, otherId));
        Ticket self = first.id() == ticketId ? first : second;
        Ticket other = self == first ? second : first;
        if (links.linked(ticketId, otherId)) {
            throw new ConflictException(self.number() + " and " + other.number() + " are already linked.");
        }
        Ticket source = switch (role) {
            case RELATED, CHILD, ORIGINAL -> self;
            case PARENT, DUPLICATE -> other;
        };
        Ticket target = source == self ? other : self;
        LinkType type = switch (role) {
            case RELATED -> LinkType.RELATED;
            case PARENT, CHILD -> LinkType.PARENT;
            case ORIGINAL, DUPLICATE -> LinkType.DUPLICATE;
        };
        if (type == LinkType.PARENT) {
            requireHierarchy(source.id(), target.id());
        }
        TicketLink link = links.add(source.linkTo(target, type, actor, clock));
        tickets.store(first);
        tickets.store(second);
        return view(link, ticketId, other);
    }

    public void unlink(long ticketId, long linkId, Actor actor) {
        TicketLink link = links.find(linkId)
                .filter(l -> l.sourceId() == ticketId || l.targetId() == ticketId)
                .orElseThrow(() -> new NotFoundException("Link", linkId));
        long otherId = link.otherEnd(ticketId);
        Ticket first = tickets.lock(Math.min(ticketId, otherId));
        Ticket second = tickets.lockIncludingDeleted(Math.max(ticketId, otherId));
        Ticket self = first.id() == ticketId ? first : second;
        self.unlink(link, self == first ? second : first, actor, clock);
        links.remove(link);
        tickets.store(first);
        tickets.store(second);
    }

    public List<LinkView> list(long ticketId) {
        tickets.find(ticketId).orElseThrow(() -> new NotFoundException("Ticket", new TicketNumber(ticketId)));
        return links.forTicket(ticketId).stream()
                .flatMap(l -> tickets.find(l.otherEnd(ticketId)).map(other -> view(l, ticketId, other)).stream())
                .toList();
    }

    private Ticket lockOther(long id) {
        try {
            return tickets.lock(id);
        } catch (NotFoundException e) {
            throw new UnprocessableException("ticket", "refers to " + new TicketNumber(id) + ", which does not exist");
        }
    }

    /** A child has one parent, and no ticket may end up its own ancestor. */
    private void requireHierarchy(long parentId, long childId) {
        Optional<Long> existing = links.parentOf(childId);
        if (existing.isPresent()) {
            throw new ConflictException(
                    new TicketNumber(childId) + " already has a parent, " + new TicketNumber(existing.get()) + ".");
        }
        Set<Long> seen = new HashSet<>();
        for (Optional<Long> up = Optional.of(parentId);
                up.isPresent() && seen.size() < MAX_DEPTH;
                up = links.parentOf(up.get())) {
            if (up.get() == childId || !seen.add(up.get())) {
                throw new UnprocessableException(
                        "type", "that link would make " + new TicketNumber(childId) + " its own ancestor");
            }
        }
    }

    private LinkView view(TicketLink link, long ticketId, Ticket other) {
        return new LinkView(
                link.id(), link.roleSeenFrom(ticketId), views.refOf(other), link.createdAt(), link.createdBy());
    }
}

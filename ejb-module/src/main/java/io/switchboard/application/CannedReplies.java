package io.switchboard.application;

import io.switchboard.application.command.SaveCannedReply;
import io.switchboard.application.view.CannedReplyView;
import io.switchboard.domain.directory.Agent;
import io.switchboard.domain.directory.DirectoryRepository;
import io.switchboard.domain.reply.CannedReply;
import io.switchboard.domain.reply.CannedReplyRepository;
import io.switchboard.domain.shared.Actor;
import io.switchboard.domain.shared.NotFoundException;
import io.switchboard.domain.shared.PermissionDeniedException;
import io.switchboard.domain.shared.StaleVersionException;
import io.switchboard.domain.ticket.Ticket;
import io.switchboard.domain.ticket.TicketNumber;
import io.switchboard.domain.ticket.TicketRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Canned replies: everybody keeps personal ones and uses the shared ones; only supervisors write
 * shared ones. Rendering fills the placeholders from a ticket and the agent using it.
 */
@Stateless
public class CannedReplies {

    @Inject
    CannedReplyRepository replies;

    @Inject
    TicketRepository tickets;

    @Inject
    DirectoryRepository directory;

    @Inject
    Clock clock;

    public List<CannedReplyView> visibleTo(String login) {
        return replies.visibleTo(login).stream().map(CannedReplies::view).toList();
    }

    public CannedReplyView get(long id, String login) {
        return view(visible(id, login));
    }

    public CannedReplyView create(SaveCannedReply command, Actor actor, boolean supervisor) {
        requireMayShare(command.shared(), supervisor);
        return view(replies.add(new CannedReply(
                command.title(),
                command.shortcut(),
                command.body(),
                command.shared() ? null : actor.name(),
                actor.name(),
                clock.instant())));
    }

    public CannedReplyView update(
            long id, Long expectedVersion, SaveCannedReply command, Actor actor, boolean supervisor) {
        CannedReply reply = editable(id, actor.name(), supervisor);
        if (expectedVersion != null && expectedVersion != reply.version()) {
            throw new StaleVersionException("Canned reply " + id, expectedVersion, reply.version());
        }
        if (command.shared() != reply.isShared()) {
            throw new io.switchboard.domain.shared.UnprocessableException(
                    "shared", "cannot change; make a new reply instead");
        }
        reply.revise(command.title(), command.shortcut(), command.body(), clock.instant());
        return view(replies.written(reply));
    }

    public void delete(long id, Actor actor, boolean supervisor) {
        replies.remove(editable(id, actor.name(), supervisor));
    }

    /** The reply's text for this ticket, as {@code login} would send it. */
    public String render(long id, long ticketId, String login) {
        CannedReply reply = visible(id, login);
        Ticket t =
                tickets.find(ticketId).orElseThrow(() -> new NotFoundException("Ticket", new TicketNumber(ticketId)));
        Map<String, String> values = new HashMap<>();
        if (t.contact() != null) {
            values.put("requester.name", t.contact().name());
            values.put("requester.first_name", first(t.contact().name()));
            values.put("requester.email", t.contact().email().value());
        }
        if (t.company() != null) {
            values.put("company.name", t.company().name());
        }
        values.put("ticket.number", t.number().toString());
        values.put("ticket.summary", t.summary());
        String agent = directory.agentByUsername(login).map(Agent::displayName).orElse(login);
        values.put("agent.name", agent);
        values.put("agent.first_name", first(agent));
        return reply.render(values);
    }

    private CannedReply visible(long id, String login) {
        return replies.find(id)
                .filter(r -> r.visibleTo(login))
                .orElseThrow(() -> new NotFoundException("Canned reply", id));
    }

    private CannedReply editable(long id, String login, boolean supervisor) {
        CannedReply reply = visible(id, login);
        requireMayShare(reply.isShared(), supervisor);
        return reply;
    }

    private static void requireMayShare(boolean shared, boolean supervisor) {
        if (shared && !supervisor) {
            throw new PermissionDeniedException("Only supervisors write shared canned replies.");
        }
    }

    private static String first(String name) {
        String s = name == null ? "" : name.strip();
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(0, space);
    }

    static CannedReplyView view(CannedReply r) {
        return new CannedReplyView(
                r.id(), r.title(), r.shortcut(), r.body(), r.isShared(), r.owner(), r.updatedAt(), r.version());
    }
}

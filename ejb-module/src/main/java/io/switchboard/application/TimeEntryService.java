package io.switchboard.application;

import io.switchboard.application.command.LogTime;
import io.switchboard.application.command.ReviseTime;
import io.switchboard.application.view.TimeEntryView;
import io.switchboard.application.view.TimeSheet;
import io.switchboard.domain.directory.Agent;
import io.switchboard.domain.directory.DirectoryRepository;
import io.switchboard.domain.shared.Actor;
import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.domain.shared.NotFoundException;
import io.switchboard.domain.shared.Patch;
import io.switchboard.domain.shared.StaleVersionException;
import io.switchboard.domain.ticket.Ticket;
import io.switchboard.domain.ticket.TicketNumber;
import io.switchboard.domain.ticket.TicketRepository;
import io.switchboard.domain.ticket.TimeEntry;
import io.switchboard.domain.ticket.TimeEntryRepository;
import io.switchboard.domain.ticket.TimeWorked;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Time worked on tickets. Every entry goes through its ticket, which records it in history and
 * writes a {@code ticket.time_*} event to the outbox, from which the PSA push takes it.
 */
@Stateless
public class TimeEntryService {

    @Inject
    TicketRepository tickets;

    @Inject
    TimeEntryRepository entries;

    @Inject
    DirectoryRepository directory;

    @Inject
    References refs;

    @Inject
    Clock clock;

    public TimeEntryView log(long ticketId, LogTime command, Actor actor) {
        Ticket ticket = tickets.lock(ticketId);
        Instant now = clock.instant();
        int minutes = command.minutes() == null ? 0 : command.minutes();
        Instant started =
                command.startedAt() != null ? command.startedAt() : now.minus(Duration.ofMinutes(Math.max(0, minutes)));
        TimeEntry entry = entries.add(ticket.logTime(
                new TimeWorked(
                        agent(command.agentId(), actor),
                        started,
                        minutes,
                        command.billable() == null || command.billable(),
                        command.workType(),
                        command.note()),
                actor,
                clock));
        ticket.timeLogged(entry, actor, clock);
        tickets.store(ticket);
        return TicketViews.of(entry);
    }

    public TimeEntryView revise(long ticketId, long entryId, Long expectedVersion, ReviseTime command, Actor actor) {
        Ticket ticket = tickets.lock(ticketId);
        TimeEntry entry = find(ticketId, entryId);
        if (expectedVersion != null && expectedVersion != entry.version()) {
            throw new StaleVersionException("Time entry " + entryId, expectedVersion, entry.version());
        }
        TimeWorked worked = new TimeWorked(
                command.agentId().isSet() ? agent(command.agentId().value(), actor) : entry.agent(),
                or(command.startedAt(), entry.startedAt()),
                or(command.minutes(), entry.minutes()),
                or(command.billable(), entry.billable()),
                or(command.workType(), entry.workType()),
                command.note().isSet() ? command.note().value() : entry.note());
        ticket.reviseTime(entry, worked, actor, clock);
        tickets.store(ticket);
        return TicketViews.of(entry);
    }

    public void remove(long ticketId, long entryId, Actor actor) {
        Ticket ticket = tickets.lock(ticketId);
        TimeEntry entry = find(ticketId, entryId);
        ticket.removeTime(entry, actor, clock);
        entries.remove(entry);
        tickets.store(ticket);
    }

    /** One page of the ticket's entries, oldest first, and the totals over all of them. */
    public TimeSheet sheet(long ticketId, int page, int pageSize) {
        tickets.find(ticketId).orElseThrow(() -> new NotFoundException("Ticket", new TicketNumber(ticketId)));
        List<TimeEntry> all = entries.forTicket(ticketId);
        long minutes = all.stream().mapToLong(TimeEntry::minutes).sum();
        long billable = all.stream()
                .filter(TimeEntry::billable)
                .mapToLong(TimeEntry::minutes)
                .sum();
        List<TimeEntryView> items = all.stream()
                .skip((long) (page - 1) * pageSize)
                .limit(pageSize)
                .map(TicketViews::of)
                .toList();
        return new TimeSheet(items, all.size(), page, pageSize, minutes, billable);
    }

    public TimeEntryView get(long ticketId, long entryId) {
        return TicketViews.of(find(ticketId, entryId));
    }

    private TimeEntry find(long ticketId, long entryId) {
        return entries.find(ticketId, entryId).orElseThrow(() -> new NotFoundException("Time entry", entryId));
    }

    /** The named agent, or the caller's own agent record. */
    private Agent agent(Long agentId, Actor actor) {
        if (agentId != null) {
            return refs.agent(agentId, "agentId");
        }
        return directory
                .agentByUsername(actor.name())
                .orElseThrow(() -> new InvalidInputException(
                        "agentId", "is required: your login " + actor.name() + " has no agent record"));
    }

    private static <T> T or(Patch<T> patch, T current) {
        return patch.isSet() && patch.value() != null ? patch.value() : current;
    }
}

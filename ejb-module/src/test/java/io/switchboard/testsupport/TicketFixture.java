package io.switchboard.testsupport;

import io.switchboard.domain.directory.Agent;
import io.switchboard.domain.directory.Company;
import io.switchboard.domain.directory.Contact;
import io.switchboard.domain.directory.Email;
import io.switchboard.domain.shared.Actor;
import io.switchboard.domain.shared.Origin;
import io.switchboard.domain.sla.BusinessCalendar;
import io.switchboard.domain.sla.SlaPolicy;
import io.switchboard.domain.ticket.NewTicket;
import io.switchboard.domain.ticket.Priority;
import io.switchboard.domain.ticket.Ticket;
import io.switchboard.domain.workflow.WorkflowStatus;
import java.time.Duration;

/**
 * A desk for one test: a stopped clock (Monday 3 March 2025, 09:00 UTC), the seeded workflow and
 * SLA targets, and short ways to open a ticket and move it around.
 */
public final class TicketFixture {

    public static final Actor ALICE = Actor.staff("alice", Origin.PORTAL);

    public final TestClock clock = TestClock.at("2025-03-03T09:00:00Z");
    public final DefaultWorkflow workflow = DefaultWorkflow.fromSeed();

    /** The targets of changeSet 002-default-sla, counted around the clock. */
    public static SlaPolicy seedPolicy(Priority priority) {
        return switch (priority) {
            case CRITICAL -> policy(priority, 60, 240);
            case HIGH -> policy(priority, 240, 480);
            case MEDIUM -> policy(priority, 480, 1440);
            case LOW -> policy(priority, 1440, 4320);
        };
    }

    public static SlaPolicy policy(Priority priority, long firstResponseMinutes, long resolutionMinutes) {
        return new SlaPolicy(
                priority.rank(),
                priority,
                Duration.ofMinutes(firstResponseMinutes),
                Duration.ofMinutes(resolutionMinutes),
                BusinessCalendar.ALWAYS);
    }

    public static NewTicketBuilder spec() {
        return new NewTicketBuilder();
    }

    /** A medium incident in the initial status, opened now by alice. */
    public Ticket open() {
        return open(spec().build());
    }

    public Ticket open(NewTicket spec) {
        return Ticket.open(spec, workflow.initial(), seedPolicy(spec.priority()), ALICE, clock);
    }

    /** A ticket that starts in the given status, for checking moves out of it. */
    public Ticket openIn(String statusKey) {
        NewTicket spec = spec().build();
        return Ticket.open(spec, workflow.status(statusKey), seedPolicy(spec.priority()), ALICE, clock);
    }

    public WorkflowStatus status(String key) {
        return workflow.status(key);
    }

    public void move(Ticket ticket, String statusKey) {
        ticket.transitionTo(workflow.status(statusKey), ALICE, clock);
    }

    public static Agent agent(long id, String username) {
        return Ids.assign(new Agent(username, username, Email.of(username + "@desk.example")), id);
    }

    public static Company company(long id, String name) {
        return Ids.assign(new Company(name, name.toLowerCase() + ".example"), id);
    }

    public static Contact contact(long id, String email, Company company) {
        return Ids.assign(new Contact(email, Email.of(email), company), id);
    }
}

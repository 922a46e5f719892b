package io.switchboard.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.application.CommentService;
import io.switchboard.application.TicketService;
import io.switchboard.application.command.AddComment;
import io.switchboard.application.command.CreateTicket;
import io.switchboard.application.view.TicketView;
import io.switchboard.domain.shared.Actor;
import io.switchboard.domain.shared.Origin;
import io.switchboard.domain.ticket.DomainEvent;
import io.switchboard.domain.ticket.Priority;
import io.switchboard.domain.workflow.IllegalTransitionException;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The session beans write the ticket, its history, its outbox events and its count deltas in
 * one transaction: all of them commit together, or none of them does.
 */
@ExtendWith(ArquillianExtension.class)
class TicketServiceInContainerIT {

    private static final Actor ACTOR = Actor.staff("in-container", Origin.API);

    @Deployment
    static WebArchive deployment() {
        return CoreDeployment.war("incontainer.war", TicketServiceInContainerIT.class, StoreProbe.class);
    }

    @Inject
    TicketService tickets;

    @Inject
    CommentService comments;

    @Inject
    StoreProbe store;

    @Resource
    UserTransaction transaction;

    private static CreateTicket ticket(String summary) {
        return new CreateTicket(
                summary, null, Priority.HIGH, null, null, null, null, null, null, Set.of(), null, Set.of());
    }

    @Test
    void aCommittedCreateLeavesTheTicketItsHistoryItsOutboxEventAndItsCount() throws Exception {
        long tallied = store.tallyTickets();
        transaction.begin();
        TicketView view = tickets.create(ticket("committed"), ACTOR);
        transaction.commit();

        transaction.begin();
        assertEquals(1, store.tickets(view.id()));
        assertEquals(1, store.history(view.id()));
        assertEquals(1, store.outbox(view.id(), DomainEvent.CREATED));
        assertEquals(tallied + 1, store.tallyTickets());
        assertEquals(store.ticketsInTable(), store.tallyTickets(), "the running count equals a count of the rows");
        transaction.commit();
    }

    @Test
    void aRolledBackCreateLeavesNoTraceAnywhere() throws Exception {
        long tallied = store.tallyTickets();
        transaction.begin();
        TicketView view = tickets.create(ticket("rolled back"), ACTOR);
        assertEquals(1, store.outbox(view.id()), "inside the transaction the event is there");
        transaction.rollback();

        transaction.begin();
        assertEquals(0, store.tickets(view.id()));
        assertEquals(0, store.history(view.id()));
        assertEquals(0, store.outbox(view.id()));
        assertEquals(tallied, store.tallyTickets());
        transaction.commit();
    }

    @Test
    void aRefusedTransitionRollsBackEveryChangeMadeEarlierInTheSameTransaction() throws Exception {
        TicketView view = tickets.create(ticket("refused"), ACTOR);
        long history = historyOf(view.id());
        long events = outboxOf(view.id());

        transaction.begin();
        comments.addByStaff(view.id(), new AddComment("a reply that must not survive", false, false, false), ACTOR);
        assertThrows(IllegalTransitionException.class, () -> tickets.changeStatus(view.id(), null, "closed", ACTOR));
        assertEquals(
                jakarta.transaction.Status.STATUS_MARKED_ROLLBACK,
                transaction.getStatus(),
                "a domain exception marks the whole transaction for rollback");
        transaction.rollback();

        assertEquals(history, historyOf(view.id()));
        assertEquals(events, outboxOf(view.id()));
        assertEquals(view.version(), tickets.get(view.id()).version());
    }

    @Test
    void eachStatusChangeWritesOneHistoryRowAndOneEvent() throws Exception {
        TicketView view = tickets.create(ticket("moves"), ACTOR);
        tickets.changeStatus(view.id(), null, "in_progress", ACTOR);
        tickets.changeStatus(view.id(), view.version() + 1, "waiting", ACTOR);
        transaction.begin();
        assertEquals(3, store.history(view.id()));
        assertEquals(2, store.outbox(view.id(), DomainEvent.STATUS_CHANGED));
        transaction.commit();
        assertTrue(tickets.get(view.id()).sla().paused());
    }

    private long historyOf(long id) throws Exception {
        transaction.begin();
        try {
            return store.history(id);
        } finally {
            transaction.commit();
        }
    }

    private long outboxOf(long id) throws Exception {
        transaction.begin();
        try {
            return store.outbox(id);
        } finally {
            transaction.commit();
        }
    }
}

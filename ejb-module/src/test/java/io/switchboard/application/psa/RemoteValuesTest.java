package io.switchboard.application.psa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.domain.directory.Agent;
import io.switchboard.domain.directory.Company;
import io.switchboard.domain.directory.Email;
import io.switchboard.domain.psa.MappingKind;
import io.switchboard.domain.psa.PsaMapping;
import io.switchboard.domain.ticket.Priority;
import io.switchboard.domain.workflow.StatusCategory;
import io.switchboard.domain.workflow.WorkflowStatus;
import io.switchboard.plugin.psa.RemoteRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemoteValuesTest {

    private final WorkflowStatus open = new WorkflowStatus(1, "open", "Open", StatusCategory.OPEN, 1);
    private final WorkflowStatus waiting = new WorkflowStatus(2, "waiting", "Waiting", StatusCategory.PENDING, 2);
    private final WorkflowStatus resolved = new WorkflowStatus(3, "resolved", "Resolved", StatusCategory.RESOLVED, 3);
    private final List<WorkflowStatus> statuses = List.of(open, waiting, resolved);
    private final Agent jane = new Agent("jsmith", "Jane Smith", new Email("jane@example.com"));
    private final Company acme = new Company("Acme Ltd", "acme.example");

    private RemoteValues values(PsaMapping... mappings) {
        return new RemoteValues(List.of(mappings), statuses, List.of(jane), List.of(acme));
    }

    @Test
    void anExplicitStatusMappingWinsOverTheName() {
        RemoteValues v = values(new PsaMapping(7, MappingKind.STATUS, "10", "55", "Open", "waiting"));
        assertEquals(waiting, v.status("10", new RemoteRef("55", "Open"), false).orElseThrow());
        assertEquals(open, v.status("11", new RemoteRef("55", "Open"), false).orElseThrow(), "other boards by name");
    }

    @Test
    void aClosedStatusWithoutAMatchFallsBackToTheFirstDoneStatus() {
        assertEquals(
                resolved,
                values().status("10", new RemoteRef("9", ">Closed"), true).orElseThrow());
        assertTrue(values().status("10", new RemoteRef("9", "Scheduled"), false).isEmpty());
    }

    @Test
    void prioritiesMapByTheWordInTheirNameUnlessMapped() {
        assertEquals(Priority.CRITICAL, values().priority(new RemoteRef("1", "Priority 1 - Emergency Response")));
        assertEquals(Priority.HIGH, values().priority(new RemoteRef("2", "High")));
        assertEquals(Priority.LOW, values().priority(new RemoteRef("4", "Priority 4 - Low")));
        assertEquals(Priority.MEDIUM, values().priority(new RemoteRef("3", "Priority 3 - Normal Response")));
        assertEquals(
                Priority.HIGH,
                values(new PsaMapping(7, MappingKind.PRIORITY, "", "3", null, "high"))
                        .priority(new RemoteRef("3", "Priority 3 - Normal Response")));
    }

    @Test
    void membersMatchAnAgentByLoginOrNameAndCompaniesByName() {
        assertEquals(jane, values().agent(new RemoteRef("31", "jsmith")).orElseThrow());
        assertEquals(jane, values().agent(new RemoteRef("31", "Jane Smith")).orElseThrow());
        assertTrue(values().agent(new RemoteRef("32", "someone else")).isEmpty());
        assertEquals(acme, values().company(new RemoteRef("19", "ACME LTD")).orElseThrow());
        assertTrue(values().company(null).isEmpty());
    }
}

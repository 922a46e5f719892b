package io.switchboard.application.psa;

import io.switchboard.domain.directory.Agent;
import io.switchboard.domain.ticket.Priority;
import io.switchboard.domain.ticket.Ticket;
import io.switchboard.domain.workflow.WorkflowStatus;
import io.switchboard.plugin.psa.PsaTicket;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares a local ticket with its remote twin field by field, through the same mappings the
 * pull uses, on the fields the sync keeps in step: summary, status, priority, assignee. A remote
 * value that maps to nothing locally (an unmapped member, a status with no counterpart) is not
 * a drift: the pull would leave it alone as well.
 */
public final class DriftComparison {

    private DriftComparison() {}

    public static List<FieldDrift> compare(Ticket local, PsaTicket remote, RemoteValues values, String boardId) {
        List<FieldDrift> out = new ArrayList<>();
        String summary = PsaIntake.summary(remote);
        if (!Objects.equals(local.summary(), summary)) {
            out.add(drift(local, remote, "summary", local.summary(), summary));
        }
        Priority priority = values.priority(remote.priority());
        if (local.priority() != priority) {
            out.add(drift(local, remote, "priority", local.priority().key(), priority.key()));
        }
        Optional<WorkflowStatus> status = values.status(boardId, remote.status(), remote.closed());
        if (status.isPresent() && !status.get().equals(local.status())) {
            out.add(drift(
                    local, remote, "status", local.status().key(), status.get().key()));
        }
        Optional<Agent> assignee = values.agent(PsaIntake.primaryMember(remote));
        String localAgent = local.assignee() == null ? null : local.assignee().username();
        String remoteAgent = assignee.map(Agent::username).orElse(null);
        if (!Objects.equals(localAgent, remoteAgent)
                && (assignee.isPresent() || PsaIntake.primaryMember(remote) == null)) {
            out.add(drift(local, remote, "assignee", localAgent, remoteAgent));
        }
        return out;
    }

    private static FieldDrift drift(Ticket t, PsaTicket remote, String field, String local, String theirs) {
        return new FieldDrift(remote.id(), t.id(), field, local, theirs, "reported");
    }
}

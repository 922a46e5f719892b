package io.switchboard.domain.workflow;

import java.util.List;
import java.util.Optional;

/** The statuses of the one workflow every ticket follows. */
public interface WorkflowRepository {

    List<WorkflowStatus> statuses();

    Optional<WorkflowStatus> byKey(String key);

    Optional<WorkflowStatus> byId(long id);

    /** The status a new ticket starts in. */
    WorkflowStatus initial();

    WorkflowStatus save(WorkflowStatus status);

    /** Writes pending changes now, so that a conflicting edit fails here rather than after the answer. */
    void flush();
}

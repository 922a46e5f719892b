package io.switchboard.application.psa;

import io.switchboard.domain.workflow.WorkflowStatus;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shortest walk through the workflow from one status to another: the PSA's status is a fact
 * to follow, and the local workflow may need several allowed steps to reach it.
 */
final class StatusPath {

    private StatusPath() {}

    static Optional<List<WorkflowStatus>> between(WorkflowStatus from, WorkflowStatus to) {
        Map<WorkflowStatus, WorkflowStatus> cameFrom = new HashMap<>();
        Deque<WorkflowStatus> queue = new ArrayDeque<>(List.of(from));
        cameFrom.put(from, from);
        while (!queue.isEmpty()) {
            WorkflowStatus at = queue.poll();
            if (at.equals(to)) {
                List<WorkflowStatus> path = new ArrayList<>();
                for (WorkflowStatus s = to; !s.equals(from); s = cameFrom.get(s)) {
                    path.add(0, s);
                }
                return Optional.of(path);
            }
            for (WorkflowStatus next : at.allowedTargets()) {
                if (cameFrom.putIfAbsent(next, at) == null) {
                    queue.add(next);
                }
            }
        }
        return Optional.empty();
    }
}

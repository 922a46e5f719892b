package io.switchboard.application.command;

import io.switchboard.domain.workflow.StatusCategory;
import java.util.List;

/**
 * The whole workflow as an admin wants it: every existing status (keys cannot change and statuses
 * cannot be removed, only deactivated) plus any new ones. {@code version} is the version the admin
 * edited, null for a new status.
 */
public record WorkflowEdit(List<Status> statuses) {

    public WorkflowEdit {
        statuses = List.copyOf(statuses);
    }

    public record Status(
            String key,
            String name,
            StatusCategory category,
            int position,
            boolean initial,
            boolean active,
            List<String> transitions,
            Long version) {

        public Status {
            transitions = transitions == null ? List.of() : List.copyOf(transitions);
        }
    }
}

package io.switchboard.domain.workflow;

import io.switchboard.domain.shared.DomainException;
import java.util.List;

/** The workflow does not allow this move (HTTP 409); the message names the moves it does allow. */
public class IllegalTransitionException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> allowed;

    public IllegalTransitionException(WorkflowStatus from, WorkflowStatus to) {
        super(message(from, to));
        this.allowed = from.allowedTargets().stream().map(WorkflowStatus::key).toList();
    }

    private static String message(WorkflowStatus from, WorkflowStatus to) {
        List<String> targets =
                from.allowedTargets().stream().map(WorkflowStatus::key).toList();
        return "A ticket in status '" + from.key() + "' cannot move to '" + to.key() + "'. "
                + (targets.isEmpty()
                        ? "'" + from.key() + "' is final."
                        : "Allowed next statuses: " + String.join(", ", targets) + ".");
    }

    public List<String> allowed() {
        return allowed;
    }
}

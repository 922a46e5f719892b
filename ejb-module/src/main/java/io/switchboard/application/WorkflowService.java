package io.switchboard.application;

import io.switchboard.application.view.WorkflowView;
import io.switchboard.domain.workflow.WorkflowRepository;
import io.switchboard.domain.workflow.WorkflowStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Reads the workflow; statuses and transitions are data an admin can change. */
@Stateless
public class WorkflowService {

    @Inject
    WorkflowRepository workflow;

    public WorkflowView workflow() {
        return new WorkflowView(workflow.statuses().stream()
                .map(s -> new WorkflowView.Status(s.key(), s.name(), s.category(), s.position(), s.isInitial(), s.isActive(),
                        s.allowedTargets().stream().map(WorkflowStatus::key).toList(), s.version()))
                .toList());
    }
}

package io.switchboard.application.view;

import io.switchboard.domain.workflow.StatusCategory;
import java.util.List;

/** The workflow as the API shows it: statuses in order, each with the keys it may move to. */
public record WorkflowView(List<Status> statuses) {

    public record Status(
            String key,
            String name,
            StatusCategory category,
            int position,
            boolean initial,
            boolean active,
            List<String> transitions,
            long version) {}
}

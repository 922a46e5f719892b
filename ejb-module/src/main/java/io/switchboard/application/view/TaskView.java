package io.switchboard.application.view;

import java.time.Instant;

public record TaskView(
        long id,
        String title,
        AgentRef assignee,
        Instant dueAt,
        boolean done,
        Instant doneAt,
        String doneBy,
        int position,
        long version) {}

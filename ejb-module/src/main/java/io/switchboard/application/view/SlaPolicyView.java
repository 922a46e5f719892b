package io.switchboard.application.view;

import io.switchboard.domain.ticket.Priority;

public record SlaPolicyView(
        Priority priority, long firstResponseMinutes, long resolutionMinutes, String calendar, long version) {}

package io.switchboard.application.view;

import io.switchboard.domain.workflow.StatusCategory;

public record StatusView(String key, String name, StatusCategory category) {}

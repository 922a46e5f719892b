package io.switchboard.application.command;

import java.time.Instant;

public record AddTask(String title, Long assigneeId, Instant dueAt) {}

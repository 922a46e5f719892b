package io.switchboard.application.command;

import io.switchboard.domain.shared.Patch;
import java.time.Instant;

public record ReviseTask(Patch<String> title, Patch<Long> assigneeId, Patch<Instant> dueAt, Patch<Boolean> done) {}

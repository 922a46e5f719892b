package io.switchboard.domain.ticket;

import io.switchboard.domain.directory.Agent;
import io.switchboard.domain.shared.Patch;
import java.time.Instant;

/** A partial update of a task: each field either unchanged or set (null clears it). */
public record TaskRevision(Patch<String> title, Patch<Agent> assignee, Patch<Instant> dueAt, Patch<Boolean> done) {}

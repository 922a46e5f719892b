package io.switchboard.domain.ticket;

import io.switchboard.domain.directory.Agent;
import java.time.Instant;

/** The values of a time entry, as logged or revised; {@link TimeEntry} checks them. */
public record TimeWorked(Agent agent, Instant startedAt, int minutes, boolean billable, String workType, String note) {}

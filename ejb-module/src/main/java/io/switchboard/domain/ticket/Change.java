package io.switchboard.domain.ticket;

import io.switchboard.domain.shared.Actor;
import java.time.Instant;

/** A change the aggregate made, waiting to become a history row once the ticket has an id. */
record Change(String field, String oldValue, String newValue, Actor actor, Instant at) {}

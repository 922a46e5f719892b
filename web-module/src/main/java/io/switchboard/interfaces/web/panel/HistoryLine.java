package io.switchboard.interfaces.web.panel;

import java.time.Instant;

/** One row of the audit trail as a person reads it: who by name, the field's label, values as labels. */
public record HistoryLine(Instant at, String actor, String field, String oldValue, String newValue) {}

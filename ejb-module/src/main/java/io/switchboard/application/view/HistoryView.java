package io.switchboard.application.view;

import io.switchboard.domain.shared.Origin;
import java.time.Instant;

public record HistoryView(
        long id, String field, String oldValue, String newValue, String actor, Origin origin, Instant at) {}

package io.switchboard.application.view;

import java.time.Instant;
import java.util.List;

/** A saved view of the ticket list: its query parameters (as the list's URL takes them) and columns. */
public record SavedViewView(
        long id,
        String name,
        String query,
        List<String> columns,
        boolean shared,
        String owner,
        Instant updatedAt,
        long version) {}

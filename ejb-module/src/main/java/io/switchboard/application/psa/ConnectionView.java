package io.switchboard.application.psa;

import java.util.List;

/** A PSA connection with what its admin page shows: boards, mappings, circuit, last run. */
public record ConnectionView(
        long id,
        String name,
        String provider,
        boolean enabled,
        List<BoardView> boards,
        List<MappingView> mappings,
        String circuit,
        String lastFailure,
        boolean running,
        SyncRunView lastRun) {}

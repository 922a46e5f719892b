package io.switchboard.domain.psa;

import java.util.List;

/** What applying one page of remote tickets did. */
public record PageTally(long processed, long created, long updated, long failed, long pages, List<String> errors) {

    public PageTally {
        errors = List.copyOf(errors);
    }
}

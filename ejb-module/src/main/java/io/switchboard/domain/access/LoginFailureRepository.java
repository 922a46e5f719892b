package io.switchboard.domain.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where failed sign-ins are kept. */
public interface LoginFailureRepository {

    void add(LoginFailure failure);

    /** The newest throttled row for this name and address since the given time, to sum into. */
    Optional<LoginFailure> lastThrottled(String username, String address, Instant since);

    /** Newest first. */
    List<LoginFailure> recent(int limit);

    /** Forgets rows older than the given time; returns how many. */
    int removeBefore(Instant before);
}

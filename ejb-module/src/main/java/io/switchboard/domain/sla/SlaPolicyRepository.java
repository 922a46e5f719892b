package io.switchboard.domain.sla;

import io.switchboard.domain.ticket.Priority;
import java.util.List;

public interface SlaPolicyRepository {

    /** The policy for a priority; every priority has one. */
    SlaPolicy forPriority(Priority priority);

    List<SlaPolicy> all();

    /** Writes pending changes now, so that a conflicting edit fails here rather than after the answer. */
    void flush();
}

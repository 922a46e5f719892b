package io.switchboard.application.psa;

import io.switchboard.domain.directory.DirectoryRepository;
import io.switchboard.domain.psa.PsaSyncRepository;
import io.switchboard.domain.workflow.WorkflowRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A connection's mappings resolved against today's local catalogues. */
@ApplicationScoped
public class ValuesFactory {

    @Inject
    PsaSyncRepository sync;

    @Inject
    WorkflowRepository workflow;

    @Inject
    DirectoryRepository directory;

    public RemoteValues of(PsaConnection c) {
        return new RemoteValues(sync.mappings(c.id()), workflow.statuses(), directory.agents(), directory.companies());
    }
}

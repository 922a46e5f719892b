package io.switchboard.interfaces.rest.body;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Stands for an agent reference in a body shape: an agent id or "me" (the document's AgentRef). */
@Schema(name = "AgentRef", description = "An agent id, or \"me\" for the caller")
public final class AgentId {

    private AgentId() {}
}

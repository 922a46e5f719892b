package io.switchboard.interfaces.rest.http;

import io.switchboard.application.DirectoryService;
import io.switchboard.application.view.DirectoryViews.AgentView;
import io.switchboard.domain.shared.Actor;
import io.switchboard.domain.shared.Origin;
import io.switchboard.domain.shared.UnprocessableException;
import io.switchboard.interfaces.rest.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** Who is calling, as the application needs to know it: an actor for history, an agent for "me". */
@RequestScoped
public class CallerContext {

    @Inject
    SecurityContext security;

    @Inject
    DirectoryService directory;

    private Optional<AgentView> agent;

    public String login() {
        return security.getCallerPrincipal().getName();
    }

    public Actor actor(Origin origin) {
        return Actor.staff(login(), origin);
    }

    public Actor apiActor() {
        return actor(Origin.API);
    }

    public Optional<AgentView> agent() {
        if (agent == null) {
            agent = directory.agentForLogin(login());
        }
        return agent;
    }

    /** The caller's agent id, for "me" in requests; refused when the login has no agent record. */
    public long agentId(String field) {
        return agent().map(AgentView::id)
                .orElseThrow(() -> new UnprocessableException(
                        field,
                        "is 'me', but your login '" + login() + "' has no agent record; ask an admin to create one"));
    }

    public Set<String> roles() {
        Set<String> roles = new LinkedHashSet<>();
        for (String role : new String[] {Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN}) {
            if (security.isCallerInRole(role)) {
                roles.add(role);
            }
        }
        return roles;
    }
}

package io.switchboard.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.eclipse.microprofile.config.Config;

/**
 * The registry's groups as Switchboard roles ({@link RoleRules}), by the server's configuration
 * now: switchboard.roles.agent-groups, supervisor-groups and admin-groups (server variables, or
 * SWITCHBOARD_ROLES_ADMIN_GROUPS and so on). Read at every use, so an edit of the mapping counts
 * from the next request without a restart.
 */
@ApplicationScoped
public class RoleMapping {

    @Inject
    Config config;

    private volatile Memo memo = new Memo("", "", "", null);

    /** The rules as last built, with the settings they were built from. */
    private record Memo(String agent, String supervisor, String admin, RoleRules rules) {}

    public Set<String> rolesOf(Iterable<String> groups) {
        return rules().rolesOf(groups);
    }

    private RoleRules rules() {
        String agent = setting("agent", RoleRules.AGENT);
        String supervisor = setting("supervisor", RoleRules.SUPERVISOR);
        String admin = setting("admin", RoleRules.ADMIN);
        Memo last = memo;
        if (last.rules() == null
                || !last.agent().equals(agent)
                || !last.supervisor().equals(supervisor)
                || !last.admin().equals(admin)) {
            last = new Memo(agent, supervisor, admin, new RoleRules(agent, supervisor, admin));
            memo = last;
        }
        return last.rules();
    }

    private String setting(String role, String fallback) {
        return config.getOptionalValue("switchboard.roles." + role + "-groups", String.class)
                .orElse(fallback);
    }
}

package io.switchboard.interfaces.security;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which of the registry's groups make an agent, a supervisor or an admin: for each role a list
 * separated by {@code ;} of group names or full DNs, compared without regard to case. A directory group
 * {@code cn=Service Desk,ou=groups,dc=example,dc=com} matches both its DN and {@code Service Desk}.
 * Roles nest as in the demo registry: an admin is also a supervisor and an agent, a supervisor also
 * an agent. Groups that map to no role give none; the default maps the demo groups to themselves.
 */
public final class RoleRules {

    public static final String AGENT = "agent";
    public static final String SUPERVISOR = "supervisor";
    public static final String ADMIN = "admin";

    private final Set<String> agentGroups;
    private final Set<String> supervisorGroups;
    private final Set<String> adminGroups;

    public RoleRules(String agentGroups, String supervisorGroups, String adminGroups) {
        this.agentGroups = parse(agentGroups);
        this.supervisorGroups = parse(supervisorGroups);
        this.adminGroups = parse(adminGroups);
    }

    /** The roles a member of these registry groups has. */
    public Set<String> rolesOf(Iterable<String> groups) {
        boolean agent = false;
        boolean supervisor = false;
        boolean admin = false;
        for (String group : groups) {
            List<String> names = namesOf(group);
            admin |= matches(adminGroups, names);
            supervisor |= matches(supervisorGroups, names);
            agent |= matches(agentGroups, names);
        }
        Set<String> roles = new LinkedHashSet<>();
        if (agent || supervisor || admin) {
            roles.add(AGENT);
        }
        if (supervisor || admin) {
            roles.add(SUPERVISOR);
        }
        if (admin) {
            roles.add(ADMIN);
        }
        return Set.copyOf(roles);
    }

    private static boolean matches(Set<String> configured, List<String> names) {
        return names.stream().anyMatch(configured::contains);
    }

    /** A group as the registry names it, and, for a DN, the value of its first part. */
    static List<String> namesOf(String group) {
        String whole = normalise(group);
        int equals = whole.indexOf('=');
        if (equals < 0) {
            return List.of(whole);
        }
        int comma = firstUnescapedComma(whole);
        String first =
                whole.substring(equals + 1, comma < 0 ? whole.length() : comma).trim();
        return List.of(whole, first);
    }

    private static int firstUnescapedComma(String dn) {
        for (int i = 0; i < dn.length(); i++) {
            if (dn.charAt(i) == '\\') {
                i++;
            } else if (dn.charAt(i) == ',') {
                return i;
            }
        }
        return -1;
    }

    private static Set<String> parse(String list) {
        return Arrays.stream(list.split(";"))
                .map(RoleRules::normalise)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** DNs compare without case and without the spaces around their separators. */
    private static String normalise(String name) {
        return name.trim().replaceAll("\\s*([,=])\\s*", "$1").toLowerCase(Locale.ROOT);
    }
}

package io.switchboard.application.psa;

import io.switchboard.domain.directory.Agent;
import io.switchboard.domain.directory.Company;
import io.switchboard.domain.psa.MappingKind;
import io.switchboard.domain.psa.PsaMapping;
import io.switchboard.domain.ticket.Priority;
import io.switchboard.domain.workflow.WorkflowStatus;
import io.switchboard.plugin.psa.RemoteRef;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A connection's mappings, resolved against the local catalogues once per run. An explicit
 * mapping always wins; without one a value matches by name (a status or company of the same
 * name, an agent whose login or name is the member's), a closed remote status falls back to the
 * first done status, and a priority to the word in its name ("Priority 1 - Critical").
 */
public final class RemoteValues {

    private final Map<String, String> explicit = new HashMap<>();
    private final List<WorkflowStatus> statuses;
    private final List<Agent> agents;
    private final List<Company> companies;

    public RemoteValues(
            List<PsaMapping> mappings, List<WorkflowStatus> statuses, List<Agent> agents, List<Company> companies) {
        mappings.forEach(m -> explicit.put(key(m.kind(), m.scope(), m.remoteId()), m.localValue()));
        this.statuses = statuses;
        this.agents = agents;
        this.companies = companies;
    }

    public Optional<WorkflowStatus> status(String boardId, RemoteRef remote, boolean closed) {
        if (remote != null) {
            String mapped = explicit.get(key(MappingKind.STATUS, boardId, remote.id()));
            if (mapped != null) {
                return statuses.stream().filter(s -> s.key().equals(mapped)).findFirst();
            }
            Optional<WorkflowStatus> byName = statuses.stream()
                    .filter(WorkflowStatus::isActive)
                    .filter(s -> same(s.name(), remote.name()) || same(s.key(), remote.name()))
                    .findFirst();
            if (byName.isPresent()) {
                return byName;
            }
        }
        return closed
                ? statuses.stream()
                        .filter(WorkflowStatus::isActive)
                        .filter(s -> s.category().isDone())
                        .findFirst()
                : Optional.empty();
    }

    public Priority priority(RemoteRef remote) {
        if (remote == null) {
            return Priority.MEDIUM;
        }
        String mapped = explicit.get(key(MappingKind.PRIORITY, "", remote.id()));
        if (mapped != null) {
            for (Priority p : Priority.values()) {
                if (p.key().equals(mapped)) {
                    return p;
                }
            }
        }
        return priorityByName(remote.name()).orElse(Priority.MEDIUM);
    }

    /** The priority a remote name says by its word ("Priority 1 - Critical"); empty when it says none (then: medium). */
    public static Optional<Priority> priorityByName(String remoteName) {
        String name = remoteName == null ? "" : remoteName.toLowerCase(Locale.ROOT);
        if (name.contains("critical") || name.contains("emergency") || name.contains("urgent")) {
            return Optional.of(Priority.CRITICAL);
        }
        if (name.contains("high")) {
            return Optional.of(Priority.HIGH);
        }
        if (name.contains("low")) {
            return Optional.of(Priority.LOW);
        }
        return name.contains("medium") || name.contains("normal") ? Optional.of(Priority.MEDIUM) : Optional.empty();
    }

    /** The local value an admin mapped this remote value to, when there is an explicit mapping. */
    public Optional<String> mapped(MappingKind kind, String scope, String remoteId) {
        return Optional.ofNullable(
                explicit.get(key(kind, kind == MappingKind.STATUS ? scope : PsaMapping.CONNECTION_WIDE, remoteId)));
    }

    public Optional<Agent> agent(RemoteRef member) {
        if (member == null) {
            return Optional.empty();
        }
        String mapped = explicit.get(key(MappingKind.MEMBER, "", member.id()));
        if (mapped != null) {
            return agents.stream()
                    .filter(a -> String.valueOf(a.id()).equals(mapped))
                    .findFirst();
        }
        return agents.stream()
                .filter(Agent::isActive)
                .filter(a -> same(a.username(), member.name()) || same(a.displayName(), member.name()))
                .findFirst();
    }

    public Optional<Company> company(RemoteRef remote) {
        if (remote == null) {
            return Optional.empty();
        }
        String mapped = explicit.get(key(MappingKind.COMPANY, "", remote.id()));
        if (mapped != null) {
            return companies.stream()
                    .filter(c -> String.valueOf(c.id()).equals(mapped))
                    .findFirst();
        }
        return companies.stream()
                .filter(Company::isActive)
                .filter(c -> same(c.name(), remote.name()))
                .findFirst();
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.trim().equalsIgnoreCase(b.trim());
    }

    private static String key(MappingKind kind, String scope, String remoteId) {
        return kind + "\u0000" + (scope == null ? "" : scope) + "\u0000" + remoteId;
    }
}

package io.switchboard.plugins.autotask;

import static io.switchboard.plugins.autotask.QueryFilter.eq;
import static io.switchboard.plugins.autotask.QueryFilter.exists;
import static io.switchboard.plugins.autotask.QueryFilter.in;

import io.switchboard.plugin.RemoteFailure;
import io.switchboard.plugins.psasupport.JsonValues;
import jakarta.json.JsonObject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names behind ids: resources (with their default service desk role, which an assignment needs)
 * and roles are read once; companies and contacts per page of tickets, in one query each.
 */
final class AtDirectory {

    /** A resource: its name, email and the role Autotask assigns it with by default. */
    record Resource(String id, String name, String email, String defaultRole) {}

    private final Map<String, Resource> resources = new ConcurrentHashMap<>();

    Optional<Resource> resource(AtApi api, String id) throws RemoteFailure {
        if (id == null) {
            return Optional.empty();
        }
        if (!resources.containsKey(id)) {
            load(api);
        }
        return Optional.ofNullable(resources.get(id));
    }

    Optional<Resource> byEmail(AtApi api, String email) throws RemoteFailure {
        if (resources.isEmpty()) {
            load(api);
        }
        return resources.values().stream()
                .filter(r -> email.equalsIgnoreCase(r.email()))
                .findFirst();
    }

    private void load(AtApi api) throws RemoteFailure {
        for (JsonObject r : api.all("Resources", QueryFilter.query(500, List.of(), exists("id")))) {
            String name = (nonNull(JsonValues.string(r, "firstName")) + " " + nonNull(JsonValues.string(r, "lastName")))
                    .trim();
            resources.put(
                    JsonValues.string(r, "id"),
                    new Resource(
                            JsonValues.string(r, "id"),
                            name,
                            JsonValues.string(r, "email"),
                            JsonValues.string(r, "defaultServiceDeskRoleID")));
        }
    }

    /** Company names by id, in one query. */
    static Map<String, String> companies(AtApi api, Collection<String> ids) throws RemoteFailure {
        Map<String, String> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (JsonObject c :
                api.all("Companies", QueryFilter.query(500, List.of("id", "companyName"), in("id", numbers(ids))))) {
            out.put(JsonValues.string(c, "id"), JsonValues.string(c, "companyName"));
        }
        return out;
    }

    /** Contacts by id: name and email, in one query. */
    static Map<String, String[]> contacts(AtApi api, Collection<String> ids) throws RemoteFailure {
        Map<String, String[]> out = new HashMap<>();
        List<Long> wanted = numbers(ids);
        if (wanted.isEmpty()) {
            return out;
        }
        for (JsonObject c : api.all(
                "Contacts",
                QueryFilter.query(500, List.of("id", "firstName", "lastName", "emailAddress"), in("id", wanted)))) {
            String name = (nonNull(JsonValues.string(c, "firstName")) + " " + nonNull(JsonValues.string(c, "lastName")))
                    .trim();
            out.put(JsonValues.string(c, "id"), new String[] {name, JsonValues.string(c, "emailAddress")});
        }
        return out;
    }

    static List<Long> numbers(Collection<String> ids) {
        return ids.stream()
                .filter(s -> s != null && s.matches("-?\\d+"))
                .map(Long::valueOf)
                .distinct()
                .toList();
    }

    static QueryFilter isActive() {
        return eq("isActive", true);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}

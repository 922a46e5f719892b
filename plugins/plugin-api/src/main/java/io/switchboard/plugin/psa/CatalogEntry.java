package io.switchboard.plugin.psa;

import java.util.Map;
import java.util.Objects;

/**
 * One entry of a catalogue: a board, a status of a board (its {@code parentId}), a member...
 * {@code attributes} carries what a picker may show or the host may use: {@code closed}
 * ({@code "true"} on a closing status), {@code default}, {@code inactive}, {@code sort},
 * {@code email}, {@code identifier}.
 *
 * @since 1.1
 */
public record CatalogEntry(String id, String name, String parentId, Map<String, String> attributes) {

    public CatalogEntry {
        Objects.requireNonNull(id, "id");
        name = name == null ? id : name;
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    public boolean flag(String attribute) {
        return "true".equalsIgnoreCase(attributes.get(attribute));
    }
}

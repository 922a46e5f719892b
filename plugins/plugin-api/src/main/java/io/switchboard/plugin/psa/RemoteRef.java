package io.switchboard.plugin.psa;

import java.util.Objects;

/**
 * A reference to a remote object by id, with its name as the PSA shows it: a board, a status
 * (per board in ConnectWise), a priority, a company, a contact, a member.
 *
 * @since 1.1
 */
public record RemoteRef(String id, String name) {

    public RemoteRef {
        Objects.requireNonNull(id, "id");
    }

    public static RemoteRef of(String id, String name) {
        return id == null ? null : new RemoteRef(id, name);
    }
}

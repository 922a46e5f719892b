package io.switchboard.plugin.psa;

import java.util.Objects;

/**
 * A member working a remote ticket: a ConnectWise schedule entry, an Autotask primary or
 * secondary resource. {@code id} is what {@link PsaOperation.Unassign} names.
 *
 * @since 1.1
 */
public record RemoteAssignment(String id, RemoteRef member, String roleId, boolean primary) {

    public RemoteAssignment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(member, "member");
    }
}

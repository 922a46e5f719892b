package io.switchboard.plugin.notify;

/**
 * A person to notify and why. {@code username} is the staff login, or null for a requester
 * (a contact); {@code email} may be null when the person has none on file.
 */
public record Recipient(String username, String name, String email, Role role) {

    public enum Role {
        ASSIGNEE,
        WATCHER,
        REQUESTER,
        BOARD_SUBSCRIBER,
        MENTIONED
    }

    public boolean isRequester() {
        return role == Role.REQUESTER;
    }
}

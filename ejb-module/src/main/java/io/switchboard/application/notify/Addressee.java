package io.switchboard.application.notify;

/** One person an event is told to, and why: staff have a login, a requester only an address. */
public record Addressee(String username, String name, String email, Role role) {

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

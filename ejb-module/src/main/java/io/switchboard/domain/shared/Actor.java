package io.switchboard.domain.shared;

import java.util.Objects;

/**
 * Who made a change and through which channel. {@code name} is a login name for staff,
 * {@code contact:<email>} for a requester, or {@code system}.
 */
public record Actor(String name, Origin origin) {

    public static final Actor SYSTEM = new Actor("system", Origin.SYSTEM);

    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(origin, "origin");
    }

    public static Actor staff(String login, Origin origin) {
        return new Actor(login, origin);
    }

    public static Actor requester(String email, Origin origin) {
        return new Actor("contact:" + email, origin);
    }

    public boolean isStaff() {
        return origin != Origin.SYSTEM && !name.startsWith("contact:");
    }
}

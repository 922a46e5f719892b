package io.switchboard.application.notify;

import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.domain.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per-person choices: which events reach them on which channel, and which boards they follow.
 * Everything is on until switched off, so a new agent hears about their work from day one.
 */
@Stateless
public class NotificationPreferences {

    public static final List<String> CHANNELS = List.of("email", "in_app");

    @Inject
    PreferenceStore store;

    /** One line of the preferences grid. */
    public record Preference(String event, String channel, boolean enabled) {}

    /** Of the given logins, those who switched this event off on this channel. */
    public Set<String> optedOut(Collection<String> usernames, String eventType, String channel) {
        Set<String> out = new HashSet<>();
        for (String user : usernames) {
            if (Boolean.FALSE.equals(store.enabled(user, eventType, channel))) {
                out.add(user);
            }
        }
        return out;
    }

    /** The full grid for a person: every personal event on every channel. */
    public List<Preference> of(String username) {
        Map<String, Boolean> stored = store.choices(username);
        List<Preference> out = new ArrayList<>();
        for (String event : EventTypes.PERSONAL) {
            for (String channel : CHANNELS) {
                out.add(new Preference(event, channel, stored.getOrDefault(event + "|" + channel, true)));
            }
        }
        return out;
    }

    public List<Preference> update(String username, List<Preference> changes) {
        for (Preference p : changes) {
            if (!EventTypes.PERSONAL.contains(p.event())) {
                throw new InvalidInputException("event", "must be one of: " + String.join(", ", EventTypes.PERSONAL));
            }
            if (!CHANNELS.contains(p.channel())) {
                throw new InvalidInputException("channel", "must be one of: " + String.join(", ", CHANNELS));
            }
        }
        changes.forEach(p -> store.store(username, p.event(), p.channel(), p.enabled()));
        return of(username);
    }

    /** The boards an agent follows: they hear about every ticket on them. */
    public List<Long> boardsFollowed(long agentId) {
        return store.boardsFollowed(agentId);
    }

    public void follow(long agentId, long boardId, boolean on) {
        if (!store.boardExists(boardId)) {
            throw new NotFoundException("Board", boardId);
        }
        store.follow(agentId, boardId, on);
    }
}

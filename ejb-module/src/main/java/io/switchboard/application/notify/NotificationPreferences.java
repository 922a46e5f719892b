package io.switchboard.application.notify;

import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.domain.shared.NotFoundException;
import io.switchboard.plugin.notify.Notification;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
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

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    /** One line of the preferences grid. */
    public record Preference(String event, String channel, boolean enabled) {}

    /** Of the given logins, those who switched this event off on this channel. */
    public Set<String> optedOut(Collection<String> usernames, String eventType, String channel) {
        if (usernames.isEmpty()) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        for (String user : usernames) {
            @SuppressWarnings("unchecked")
            List<Object> rows = em.createNativeQuery("SELECT enabled FROM notification_preference WHERE username = ? AND event_type = ? AND channel = ?")
                    .setParameter(1, user)
                    .setParameter(2, eventType)
                    .setParameter(3, channel)
                    .getResultList();
            if (!rows.isEmpty() && !truthy(rows.get(0))) {
                out.add(user);
            }
        }
        return out;
    }

    /** The full grid for a person: every personal event on every channel. */
    public List<Preference> of(String username) {
        Map<String, Boolean> stored = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT event_type, channel, enabled FROM notification_preference WHERE username = ?")
                .setParameter(1, username)
                .getResultList();
        rows.forEach(r -> stored.put(r[0] + "|" + r[1], truthy(r[2])));
        List<Preference> out = new ArrayList<>();
        for (String event : Notification.PERSONAL_EVENTS) {
            for (String channel : CHANNELS) {
                out.add(new Preference(event, channel, stored.getOrDefault(event + "|" + channel, true)));
            }
        }
        return out;
    }

    public List<Preference> update(String username, List<Preference> changes) {
        for (Preference p : changes) {
            if (!Notification.PERSONAL_EVENTS.contains(p.event())) {
                throw new InvalidInputException("event", "must be one of: " + String.join(", ", Notification.PERSONAL_EVENTS));
            }
            if (!CHANNELS.contains(p.channel())) {
                throw new InvalidInputException("channel", "must be one of: " + String.join(", ", CHANNELS));
            }
        }
        for (Preference p : changes) {
            em.createNativeQuery("DELETE FROM notification_preference WHERE username = ? AND event_type = ? AND channel = ?")
                    .setParameter(1, username).setParameter(2, p.event()).setParameter(3, p.channel()).executeUpdate();
            em.createNativeQuery("INSERT INTO notification_preference (username, event_type, channel, enabled) VALUES (?, ?, ?, ?)")
                    .setParameter(1, username).setParameter(2, p.event()).setParameter(3, p.channel()).setParameter(4, p.enabled())
                    .executeUpdate();
        }
        return of(username);
    }

    /** The boards an agent follows: they hear about every ticket on them. */
    public List<Long> boardsFollowed(long agentId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT board_id FROM board_subscription WHERE agent_id = ? ORDER BY board_id")
                .setParameter(1, agentId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    public void follow(long agentId, long boardId, boolean on) {
        if (em.find(io.switchboard.domain.directory.Board.class, boardId) == null) {
            throw new NotFoundException("Board", boardId);
        }
        em.createNativeQuery("DELETE FROM board_subscription WHERE agent_id = ? AND board_id = ?")
                .setParameter(1, agentId).setParameter(2, boardId).executeUpdate();
        if (on) {
            em.createNativeQuery("INSERT INTO board_subscription (board_id, agent_id) VALUES (?, ?)")
                    .setParameter(1, boardId).setParameter(2, agentId).executeUpdate();
        }
    }

    private static boolean truthy(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n ? n.intValue() != 0 : Boolean.parseBoolean(String.valueOf(value));
    }
}

package io.switchboard.application.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is writing a reply on which ticket: each keystroke burst in a composer renews its writer's
 * mark for a few seconds, so "Sam is replying…" disappears on its own when Sam stops. Kept in
 * memory: with several servers each knows the writers on its own (a known limit).
 */
@ApplicationScoped
public class Replying {

    static final Duration FRESH = Duration.ofSeconds(8);
    private static final int MAX_TICKETS = 10_000;

    @Inject
    Clock clock;

    private record Mark(String name, Instant until) {}

    private final Map<Long, Map<String, Mark>> byTicket = new ConcurrentHashMap<>();

    public void typing(long ticketId, String login, String name) {
        if (byTicket.size() > MAX_TICKETS) {
            byTicket.clear(); // a bound, not a policy: marks live seconds
        }
        byTicket.computeIfAbsent(ticketId, k -> new ConcurrentHashMap<>())
                .put(login, new Mark(name, clock.instant().plus(FRESH)));
    }

    public void stopped(long ticketId, String login) {
        Map<String, Mark> marks = byTicket.get(ticketId);
        if (marks != null) {
            marks.remove(login);
        }
    }

    /** The names of everybody but {@code me} writing on the ticket now. */
    public List<String> others(long ticketId, String me) {
        Map<String, Mark> marks = byTicket.get(ticketId);
        if (marks == null) {
            return List.of();
        }
        Instant now = clock.instant();
        marks.values().removeIf(m -> m.until().isBefore(now));
        return marks.entrySet().stream()
                .filter(e -> !e.getKey().equals(me))
                .map(e -> e.getValue().name())
                .sorted()
                .toList();
    }
}

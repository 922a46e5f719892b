package io.switchboard.plugin.testing;

import io.switchboard.plugin.CommentRequest;
import io.switchboard.plugin.TicketGateway;
import io.switchboard.plugin.TicketRequest;
import io.switchboard.plugin.TicketSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Tickets in a map, numbered from TKT-000001, with the comments plugins added to them. */
public final class InMemoryTicketGateway implements TicketGateway {

    private final Map<String, TicketSummary> tickets = new ConcurrentHashMap<>();
    private final Map<String, List<CommentRequest>> comments = new ConcurrentHashMap<>();

    @Override
    public synchronized TicketSummary create(TicketRequest r) {
        long id = tickets.size() + 1;
        String number = String.format("TKT-%06d", id);
        TicketSummary t = new TicketSummary(
                id,
                number,
                r.summary(),
                "new",
                "new",
                r.priority() == null ? "medium" : r.priority(),
                r.type() == null ? "incident" : r.type(),
                null,
                null,
                r.requesterEmail(),
                null,
                null,
                null,
                r.externalProvider(),
                r.externalId(),
                "https://desk.example.com/tickets/" + number);
        tickets.put(number, t);
        return t;
    }

    @Override
    public void addComment(String ticketNumber, CommentRequest comment) {
        if (!tickets.containsKey(ticketNumber)) {
            throw new IllegalArgumentException("No ticket " + ticketNumber);
        }
        comments.computeIfAbsent(ticketNumber, k -> new ArrayList<>()).add(comment);
    }

    @Override
    public Optional<TicketSummary> findByNumber(String ticketNumber) {
        return Optional.ofNullable(tickets.get(ticketNumber));
    }

    @Override
    public Optional<TicketSummary> findByExternalRef(String provider, String externalId) {
        return tickets.values().stream()
                .filter(t ->
                        Objects.equals(provider, t.externalProvider()) && Objects.equals(externalId, t.externalId()))
                .findFirst();
    }

    public List<CommentRequest> comments(String ticketNumber) {
        return List.copyOf(comments.getOrDefault(ticketNumber, List.of()));
    }
}

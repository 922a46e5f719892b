package io.switchboard.plugin.testing;

import io.switchboard.plugin.CommentRequest;
import io.switchboard.plugin.TicketFile;
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
    private final Map<Long, Map.Entry<String, TicketFile>> files = new ConcurrentHashMap<>();

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

    /** A file as if sent with a comment of this ticket; its id is what a notification's files() lists. */
    public TicketFile addFile(String ticketNumber, String name, String contentType, byte[] content) {
        TicketFile file = new TicketFile(files.size() + 1L, name, contentType, content);
        files.put(file.id(), Map.entry(ticketNumber, file));
        return file;
    }

    @Override
    public Optional<TicketFile> file(String ticketNumber, long fileId) {
        Map.Entry<String, TicketFile> f = files.get(fileId);
        return f == null || !f.getKey().equals(ticketNumber) ? Optional.empty() : Optional.of(f.getValue());
    }

    public List<CommentRequest> comments(String ticketNumber) {
        return List.copyOf(comments.getOrDefault(ticketNumber, List.of()));
    }
}

package io.switchboard.emulator.connectwise;

import static io.switchboard.emulator.Json.obj;

import io.switchboard.emulator.Json;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The emulated ConnectWise database: every record as ConnectWise returns it (references
 * inlined, {@code _info} with dateEntered, lastUpdated and updatedBy). All access is
 * synchronized on the store; records handed out are copies.
 */
public final class CwStore {

    /** Who the API user is, as ConnectWise writes it into updatedBy. */
    public static final String API_MEMBER = "APIMember";

    final Map<Long, Map<String, Object>> boards = new LinkedHashMap<>();
    final Map<Long, Map<String, Object>> statuses = new LinkedHashMap<>();
    final Map<Long, Map<String, Object>> priorities = new LinkedHashMap<>();
    final Map<Long, Map<String, Object>> companies = new LinkedHashMap<>();
    final Map<Long, Map<String, Object>> contacts = new LinkedHashMap<>();
    final Map<Long, Map<String, Object>> members = new LinkedHashMap<>();
    final Map<Long, Map<String, Object>> tickets = new LinkedHashMap<>();
    final Map<Long, Map<String, Object>> notes = new LinkedHashMap<>();
    final Map<Long, Map<String, Object>> scheduleEntries = new LinkedHashMap<>();
    final Map<Long, Map<String, Object>> timeEntries = new LinkedHashMap<>();
    final Map<Long, Map<String, Object>> documents = new LinkedHashMap<>();
    final Map<Long, byte[]> documentContent = new LinkedHashMap<>();
    final Map<Long, Map<String, Object>> configurations = new LinkedHashMap<>();
    final Map<Long, List<Long>> ticketConfigurations = new LinkedHashMap<>();
    final Map<Long, Map<String, Object>> callbacks = new LinkedHashMap<>();

    private final AtomicLong ids = new AtomicLong(1000);
    private final AtomicLong ticketIds = new AtomicLong(5000);
    private Clock clock;
    private Consumer<TicketChange> listener = c -> {};

    /** A ticket was added, updated or deleted: what the callbacks report. */
    public record TicketChange(String action, long ticketId, Map<String, Object> ticket, String memberId) {}

    public CwStore(Clock clock) {
        this.clock = clock;
    }

    synchronized void onTicketChange(Consumer<TicketChange> l) {
        this.listener = l;
    }

    public synchronized void clock(Clock c) {
        this.clock = c;
    }

    long nextId() {
        return ids.incrementAndGet();
    }

    long nextTicketId() {
        return ticketIds.incrementAndGet();
    }

    /** ConnectWise writes times to the second. */
    String now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    Instant instant() {
        return clock.instant();
    }

    // ---- references, as other records embed them ----

    static Map<String, Object> ref(Map<String, Object> record, String... keys) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", record.get("id"));
        for (String k : keys) {
            r.put(k, record.get(k));
        }
        return r;
    }

    Map<String, Object> boardRef(long id) {
        return ref(boards.get(id), "name");
    }

    Map<String, Object> statusRef(long id) {
        Map<String, Object> s = statuses.get(id);
        return obj("id", s.get("id"), "name", s.get("name"), "sort", s.get("sortOrder"));
    }

    Map<String, Object> priorityRef(long id) {
        return ref(priorities.get(id), "name", "sort", "level");
    }

    Map<String, Object> companyRef(long id) {
        return ref(companies.get(id), "identifier", "name");
    }

    Map<String, Object> contactRef(long id) {
        return ref(contacts.get(id), "name");
    }

    Map<String, Object> memberRef(long id) {
        return ref(members.get(id), "identifier", "name");
    }

    /** Finds a record of {@code table} named by a reference body: {id}, {identifier} or {name}. */
    static Optional<Map<String, Object>> byRef(Map<Long, Map<String, Object>> table, Object reference) {
        if (!(reference instanceof Map<?, ?> r)) {
            return Optional.empty();
        }
        Object id = r.get("id");
        if (id instanceof Number n) {
            return Optional.ofNullable(table.get(n.longValue()));
        }
        for (String key : List.of("identifier", "name")) {
            Object want = r.get(key);
            if (want != null) {
                return table.values().stream()
                        .filter(x -> want.toString().equalsIgnoreCase(Objects.toString(x.get(key), null)))
                        .findFirst();
            }
        }
        return Optional.empty();
    }

    // ---- board helpers ----

    List<Map<String, Object>> statusesOf(long boardId) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> s : statuses.values()) {
            if (((Number) ((Map<?, ?>) s.get("board")).get("id")).longValue() == boardId) {
                out.add(s);
            }
        }
        return out;
    }

    Map<String, Object> defaultStatus(long boardId) {
        return statusesOf(boardId).stream()
                .filter(s -> Boolean.TRUE.equals(s.get("defaultFlag")))
                .findFirst()
                .orElse(statusesOf(boardId).get(0));
    }

    Map<String, Object> defaultPriority() {
        return priorities.values().stream()
                .filter(p -> Boolean.TRUE.equals(p.get("defaultFlag")))
                .findFirst()
                .orElse(priorities.values().iterator().next());
    }

    static long id(Object ref) {
        return ((Number) ((Map<?, ?>) ref).get("id")).longValue();
    }

    // ---- ticket life ----

    /** Stamps a ticket changed by {@code member} now, and tells the callbacks. */
    void touched(Map<String, Object> ticket, String member, String action) {
        @SuppressWarnings("unchecked")
        Map<String, Object> info = (Map<String, Object>) ticket.get("_info");
        info.put("lastUpdated", now());
        info.put("updatedBy", member);
        listener.accept(new TicketChange(action, id(ticket), Json.copy(ticket), member));
    }

    void deleted(long ticketId, String member) {
        listener.accept(new TicketChange("deleted", ticketId, null, member));
    }

    /** Keeps the status-derived fields right after the status changed. */
    void applyStatus(Map<String, Object> ticket, Map<String, Object> status, String member) {
        ticket.put("status", statusRef(((Number) status.get("id")).longValue()));
        boolean closed = Boolean.TRUE.equals(status.get("closedStatus"));
        boolean wasClosed = Boolean.TRUE.equals(ticket.get("closedFlag"));
        ticket.put("closedFlag", closed);
        if (closed && !wasClosed) {
            ticket.put("closedDate", now());
            ticket.put("closedBy", member);
        } else if (!closed) {
            ticket.put("closedDate", null);
            ticket.put("closedBy", null);
        }
    }

    /** The {@code resources} string: the members of the ticket's open schedule entries, by identifier. */
    void refreshResources(Map<String, Object> ticket) {
        long tid = id(ticket);
        List<String> names = new ArrayList<>();
        for (Map<String, Object> e : scheduleEntries.values()) {
            if (((Number) e.get("objectId")).longValue() == tid && !Boolean.TRUE.equals(e.get("doneFlag"))) {
                String identifier = (String) ((Map<?, ?>) e.get("member")).get("identifier");
                if (!names.contains(identifier)) {
                    names.add(identifier);
                }
            }
        }
        ticket.put("resources", names.isEmpty() ? null : String.join(", ", names));
        if (ticket.get("owner") == null && !names.isEmpty()) {
            members.values().stream()
                    .filter(m -> names.get(0).equals(m.get("identifier")))
                    .findFirst()
                    .ifPresent(m -> ticket.put("owner", memberRef(((Number) m.get("id")).longValue())));
        }
    }

    // ---- what tests and the seed use to play a person working in ConnectWise ----

    /** Changes a ticket as someone in the ConnectWise UI would: the change bumps lastUpdated and fires callbacks. */
    public synchronized void edit(long ticketId, String member, Consumer<Map<String, Object>> change) {
        Map<String, Object> t = tickets.get(ticketId);
        if (t == null) {
            throw new IllegalArgumentException("no ticket " + ticketId);
        }
        change.accept(t);
        if (t.get("status") instanceof Map<?, ?> s && statuses.containsKey(id(s))) {
            applyStatus(t, statuses.get(id(s)), member);
        }
        touched(t, member, "updated");
    }

    /** A copy of a ticket, as GET returns it. */
    public synchronized Optional<Map<String, Object>> ticket(long id) {
        return Optional.ofNullable(tickets.get(id)).map(Json::copy);
    }

    public synchronized List<Map<String, Object>> tickets() {
        return tickets.values().stream().map(Json::copy).toList();
    }

    public synchronized List<Map<String, Object>> notesOf(long ticketId) {
        return notes.values().stream()
                .filter(n -> ((Number) n.get("ticketId")).longValue() == ticketId)
                .map(Json::copy)
                .toList();
    }

    public synchronized List<Map<String, Object>> scheduleEntriesOf(long ticketId) {
        return scheduleEntries.values().stream()
                .filter(e -> ((Number) e.get("objectId")).longValue() == ticketId)
                .map(Json::copy)
                .toList();
    }

    public synchronized List<Map<String, Object>> timeEntries() {
        return timeEntries.values().stream().map(Json::copy).toList();
    }

    public synchronized List<Map<String, Object>> documents() {
        return documents.values().stream().map(Json::copy).toList();
    }

    public synchronized Map<String, Object> board(String name) {
        return boards.values().stream()
                .filter(b -> name.equalsIgnoreCase((String) b.get("name")))
                .findFirst()
                .map(Json::copy)
                .orElseThrow();
    }

    public synchronized List<Map<String, Object>> statusesOfBoard(long boardId) {
        return statusesOf(boardId).stream().map(Json::copy).toList();
    }

    public synchronized List<Map<String, Object>> members() {
        return members.values().stream().map(Json::copy).toList();
    }

    public synchronized List<Map<String, Object>> priorities() {
        return priorities.values().stream().map(Json::copy).toList();
    }

    public synchronized List<Map<String, Object>> companies() {
        return companies.values().stream().map(Json::copy).toList();
    }

    /** Adds a note as a person in ConnectWise would. */
    public synchronized long addNote(long ticketId, String text, boolean internal, String member) {
        Map<String, Object> t = tickets.get(ticketId);
        long id = nextId();
        Map<String, Object> m = members.values().stream()
                .filter(x -> member.equals(x.get("identifier")))
                .findFirst()
                .orElse(members.values().iterator().next());
        notes.put(
                id,
                note(
                        id,
                        ticketId,
                        text,
                        !internal,
                        internal,
                        false,
                        memberRef(((Number) m.get("id")).longValue()),
                        member));
        touched(t, member, "updated");
        return id;
    }

    Map<String, Object> note(
            long id,
            long ticketId,
            String text,
            boolean detail,
            boolean internal,
            boolean resolution,
            Map<String, Object> member,
            String by) {
        String now = now();
        return obj(
                "id", id,
                "ticketId", ticketId,
                "text", text,
                "detailDescriptionFlag", detail,
                "internalAnalysisFlag", internal,
                "resolutionFlag", resolution,
                "issueFlag", false,
                "member", member,
                "contact", null,
                "customerUpdatedFlag", false,
                "processNotifications", true,
                "dateCreated", now,
                "createdBy", by,
                "internalFlag", internal,
                "externalFlag", detail || resolution,
                "_info", obj("lastUpdated", now, "updatedBy", by));
    }
}

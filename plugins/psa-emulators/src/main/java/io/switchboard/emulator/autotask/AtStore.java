package io.switchboard.emulator.autotask;

import static io.switchboard.emulator.Json.obj;

import io.switchboard.emulator.Json;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The emulated Autotask database: one table per entity (records in Autotask's camelCase JSON,
 * ordered by id as its queries answer), and the picklists its {@code entityInformation/fields}
 * describes. All access is synchronized on the store; records handed out are copies.
 */
public final class AtStore {

    /** The entities the emulator serves, in the spelling of their URLs. */
    public static final List<String> ENTITIES = List.of(
            "Tickets",
            "TicketNotes",
            "TicketSecondaryResources",
            "TicketAttachments",
            "TimeEntries",
            "Companies",
            "Contacts",
            "Resources",
            "Roles");

    private final Map<String, TreeMap<Long, Map<String, Object>>> tables = new LinkedHashMap<>();
    /** Entity to field to picklist values ({value, label, isDefaultValue, sortOrder, isActive, isSystem}). */
    private final Map<String, Map<String, List<Map<String, Object>>>> picklists = new LinkedHashMap<>();

    private final AtomicLong ids = new AtomicLong(29_680_000);
    private Clock clock;

    public AtStore(Clock clock) {
        this.clock = clock;
        ENTITIES.forEach(e -> tables.put(e.toLowerCase(Locale.ROOT), new TreeMap<>()));
    }

    public synchronized void clock(Clock c) {
        this.clock = c;
    }

    /** Autotask stamps times to the millisecond, in UTC. */
    synchronized String now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS).toString();
    }

    synchronized Instant instant() {
        return clock.instant();
    }

    long nextId() {
        return ids.incrementAndGet();
    }

    /** The table of an entity named in any casing; empty when the emulator does not serve it. */
    Optional<TreeMap<Long, Map<String, Object>>> table(String entity) {
        return Optional.ofNullable(tables.get(entity.toLowerCase(Locale.ROOT)));
    }

    TreeMap<Long, Map<String, Object>> rows(String entity) {
        return table(entity).orElseThrow();
    }

    Map<String, Object> insert(String entity, Map<String, Object> record) {
        long id = record.get("id") instanceof Number n ? n.longValue() : nextId();
        record.put("id", id);
        rows(entity).put(id, record);
        return record;
    }

    void picklist(String entity, String field, List<Map<String, Object>> values) {
        picklists
                .computeIfAbsent(entity.toLowerCase(Locale.ROOT), k -> new LinkedHashMap<>())
                .put(field, values);
    }

    Map<String, List<Map<String, Object>>> picklists(String entity) {
        return picklists.getOrDefault(entity.toLowerCase(Locale.ROOT), Map.of());
    }

    static Map<String, Object> pick(Object value, String label, boolean isDefault, int sort) {
        return obj(
                "value",
                String.valueOf(value),
                "label",
                label,
                "isDefaultValue",
                isDefault,
                "sortOrder",
                sort,
                "parentValue",
                "",
                "isActive",
                true,
                "isSystem",
                false);
    }

    /** True when {@code value} is an active value of the picklist (values are strings; numbers compare as text). */
    boolean inPicklist(String entity, String field, Object value) {
        return value != null
                && picklists(entity).getOrDefault(field, List.of()).stream()
                        .anyMatch(p -> p.get("value").equals(numberText(value)));
    }

    static String numberText(Object value) {
        if (value instanceof Double d && d == Math.rint(d)) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(value);
    }

    /** Stamps a ticket changed now: lastActivityDate and lastTrackedModificationDateTime move. */
    void touched(Map<String, Object> ticket) {
        String now = now();
        ticket.put("lastActivityDate", now);
        ticket.put("lastTrackedModificationDateTime", now);
    }

    // ---- what tests and the seed use to play a person working in Autotask ----

    /** Changes a ticket as someone in the Autotask UI would: the change moves its modification stamps. */
    public synchronized void edit(long ticketId, Consumer<Map<String, Object>> change) {
        Map<String, Object> t = rows("Tickets").get(ticketId);
        if (t == null) {
            throw new IllegalArgumentException("no ticket " + ticketId);
        }
        change.accept(t);
        touched(t);
    }

    /** Adds a note as a resource in Autotask would; {@code publish} 1 is everyone, 2 internal only. */
    public synchronized long addNote(long ticketId, String text, int publish, long resourceId) {
        Map<String, Object> t = rows("Tickets").get(ticketId);
        Map<String, Object> n = insert("TicketNotes", note(ticketId, "Note", text, 1, publish, resourceId));
        touched(t);
        return ((Number) n.get("id")).longValue();
    }

    Map<String, Object> note(long ticketId, String title, String text, int noteType, int publish, long creator) {
        String now = now();
        return obj(
                "id", null,
                "createDateTime", now,
                "creatorResourceID", creator,
                "description", text,
                "impersonatorCreatorResourceID", null,
                "impersonatorUpdaterResourceID", null,
                "lastActivityDate", now,
                "noteType", noteType,
                "publish", publish,
                "ticketID", ticketId,
                "title", title,
                "userDefinedFields", List.of());
    }

    public synchronized Optional<Map<String, Object>> ticket(long id) {
        return Optional.ofNullable(rows("Tickets").get(id)).map(Json::copy);
    }

    public synchronized List<Map<String, Object>> tickets() {
        return copies("Tickets");
    }

    public synchronized List<Map<String, Object>> all(String entity) {
        return copies(entity);
    }

    public synchronized List<Map<String, Object>> notesOf(long ticketId) {
        return childrenOf("TicketNotes", ticketId);
    }

    public synchronized List<Map<String, Object>> secondaryResourcesOf(long ticketId) {
        return childrenOf("TicketSecondaryResources", ticketId);
    }

    /** The value of a picklist entry by its label, such as status "Complete". */
    public synchronized String picklistValue(String entity, String field, String label) {
        return picklists(entity).getOrDefault(field, List.of()).stream()
                .filter(p -> label.equalsIgnoreCase((String) p.get("label")))
                .map(p -> (String) p.get("value"))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + field + " labelled " + label));
    }

    private List<Map<String, Object>> childrenOf(String entity, long ticketId) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> r : rows(entity).values()) {
            if (((Number) r.get("ticketID")).longValue() == ticketId) {
                out.add(Json.copy(r));
            }
        }
        return out;
    }

    private List<Map<String, Object>> copies(String entity) {
        return rows(entity).values().stream().map(Json::copy).toList();
    }
}

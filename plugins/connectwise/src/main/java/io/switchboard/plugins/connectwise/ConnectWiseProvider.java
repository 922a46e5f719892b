package io.switchboard.plugins.connectwise;

import static io.switchboard.plugins.connectwise.Condition.eq;
import static io.switchboard.plugins.connectwise.Condition.ge;
import static io.switchboard.plugins.connectwise.Condition.gt;

import io.switchboard.plugin.RemoteFailure;
import io.switchboard.plugin.psa.CallbackEvent;
import io.switchboard.plugin.psa.CatalogEntry;
import io.switchboard.plugin.psa.CatalogKind;
import io.switchboard.plugin.psa.InboundCallback;
import io.switchboard.plugin.psa.PsaProvider;
import io.switchboard.plugin.psa.PsaPush;
import io.switchboard.plugin.psa.PsaTicket;
import io.switchboard.plugin.psa.PullCursor;
import io.switchboard.plugin.psa.PullPage;
import io.switchboard.plugin.psa.PushOutcome;
import io.switchboard.plugin.psa.RateBudget;
import io.switchboard.plugin.psa.RemoteAssignment;
import io.switchboard.plugin.psa.RemoteNote;
import io.switchboard.plugins.psasupport.JsonValues;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * ConnectWise PSA as a {@link PsaProvider}. Pulls use keyset paging on (lastUpdated, id), so a
 * ticket changed while a pull runs can move but never be skipped; the count runs beside the
 * first page for the progress bar. Creates carry their idempotency key in {@code externalXRef},
 * where {@link #findCreated} looks. Members are assigned through schedule entries (PATCHing
 * {@code resources} does nothing in ConnectWise).
 */
class ConnectWiseProvider implements PsaProvider {

    static final String TICKETS = "/service/tickets";
    private static final String ORDER = "lastUpdated asc, id asc";

    private final Supplier<CwApi> api;
    private final CwTicketReader reader;
    private final CwCallbackVerifier verifier;
    private final Clock clock;
    private volatile boolean allNotes = true;
    private volatile Instant throttledUntil;

    ConnectWiseProvider(Supplier<CwApi> api, CwTicketReader reader, CwCallbackVerifier verifier, Clock clock) {
        this.api = api;
        this.reader = reader;
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    public PullPage pull(PullCursor cursor, int pageSize) throws Exception {
        CwApi cw = cw();
        int size = Math.max(1, Math.min(1000, pageSize));
        Condition board = eq("board/id", number(cursor.board(), "board"));
        Condition base = cursor.updatedSince() == null ? board : board.and(ge("lastUpdated", cursor.updatedSince()));
        Condition keyset = base;
        if (cursor.pageToken() != null) {
            String[] token = cursor.pageToken().split(":");
            Instant at = Instant.ofEpochSecond(Long.parseLong(token[0]));
            long lastId = Long.parseLong(token[1]);
            keyset = board.and(gt("lastUpdated", at).or(eq("lastUpdated", at).and(gt("id", lastId))));
        }
        CompletableFuture<Long> total = cursor.pageToken() == null
                ? CompletableFuture.supplyAsync(() -> count(cw, base))
                : CompletableFuture.completedFuture(-1L);
        Condition where = keyset;
        List<JsonObject> rows = guarded(() -> cw.list(
                TICKETS,
                Map.of(
                        "conditions",
                        where.toString(),
                        "orderBy",
                        ORDER,
                        "pageSize",
                        Integer.toString(size),
                        "page",
                        "1")));
        List<PsaTicket> tickets = withDetails(cw, rows);
        PullCursor next = null;
        if (rows.size() == size) {
            PsaTicket last = tickets.get(tickets.size() - 1);
            next = cursor.next(last.updatedAt().getEpochSecond() + ":" + last.id());
        }
        return new PullPage(tickets, List.of(), next, total.get());
    }

    private static long count(CwApi cw, Condition where) {
        try {
            return Long.parseLong(JsonValues.string(
                    (JsonObject) cw.get(TICKETS + "/count", Map.of("conditions", where.toString()))
                            .json(),
                    "count"));
        } catch (RemoteFailure | RuntimeException e) {
            return -1;
        }
    }

    /** Notes one request per ticket (ConnectWise has no bulk notes); open schedule entries one request per page. */
    private List<PsaTicket> withDetails(CwApi cw, List<JsonObject> rows) throws RemoteFailure {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream()
                .map(r -> Long.parseLong(JsonValues.string(r, "id")))
                .toList();
        Map<String, List<JsonObject>> entries = new HashMap<>();
        for (List<Long> chunk : chunks(ids, 200)) {
            for (JsonObject e : cw.list(
                    "/schedule/entries",
                    Map.of(
                            "conditions",
                            Condition.in("objectId", chunk)
                                    .and(eq("type/identifier", "S"))
                                    .and(eq("doneFlag", false))
                                    .toString(),
                            "pageSize",
                            "1000"))) {
                entries.computeIfAbsent(JsonValues.string(e, "objectId"), k -> new ArrayList<>())
                        .add(e);
            }
        }
        List<PsaTicket> out = new ArrayList<>();
        for (JsonObject row : rows) {
            String id = JsonValues.string(row, "id");
            String owner = Optional.ofNullable(CwTicketReader.ref(row, "owner"))
                    .map(r -> r.id())
                    .orElse("");
            List<RemoteAssignment> assigned = entries.getOrDefault(id, List.of()).stream()
                    .filter(e -> CwTicketReader.ref(e, "member") != null)
                    .map(e -> CwTicketReader.assignment(e, owner))
                    .toList();
            out.add(reader.ticket(row, notesOf(cw, id), assigned));
        }
        return out;
    }

    private List<RemoteNote> notesOf(CwApi cw, String ticketId) throws RemoteFailure {
        List<RemoteNote> notes = new ArrayList<>();
        int page = 1;
        while (true) {
            List<JsonObject> rows;
            if (allNotes) {
                try {
                    rows = cw.list(
                            TICKETS + "/" + ticketId + "/allNotes",
                            Map.of("pageSize", "1000", "page", Integer.toString(page)));
                } catch (RemoteFailure e) {
                    if (e.kind() != RemoteFailure.Kind.NOT_FOUND && e.kind() != RemoteFailure.Kind.INVALID) {
                        throw e;
                    }
                    allNotes = false; // an older Manage without /allNotes: /notes has the ticket notes
                    continue;
                }
                rows = rows.stream()
                        .filter(n -> !"TimeEntryNote".equals(JsonValues.string(n, "noteType")))
                        .toList();
            } else {
                rows = cw.list(
                        TICKETS + "/" + ticketId + "/notes",
                        Map.of("pageSize", "1000", "page", Integer.toString(page)));
            }
            rows.forEach(n -> notes.add(CwTicketReader.note(n)));
            if (rows.size() < 1000) {
                return notes;
            }
            page++;
        }
    }

    @Override
    public Optional<PsaTicket> fetch(String remoteId) throws Exception {
        CwApi cw = cw();
        long id = number(remoteId, "ticket id");
        JsonObject row;
        try {
            row = (JsonObject)
                    guarded(() -> cw.get(TICKETS + "/" + id, Map.of())).json();
        } catch (RemoteFailure e) {
            if (e.kind() == RemoteFailure.Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
        return Optional.of(withDetails(cw, List.of(row)).get(0));
    }

    @Override
    public List<RemoteNote> notes(String remoteId, Instant since) throws Exception {
        return notesOf(cw(), Long.toString(number(remoteId, "ticket id"))).stream()
                .filter(n ->
                        since == null || n.createdAt() == null || !n.createdAt().isBefore(since))
                .toList();
    }

    @Override
    public Optional<String> findCreated(String idempotencyKey) throws Exception {
        List<JsonObject> rows = guarded(() -> cw().list(
                        TICKETS,
                        Map.of(
                                "conditions",
                                eq("externalXRef", idempotencyKey).toString(),
                                "fields",
                                "id",
                                "pageSize",
                                "2")));
        return rows.stream().map(r -> JsonValues.string(r, "id")).findFirst();
    }

    @Override
    public PushOutcome push(PsaPush push) throws Exception {
        return guarded(() -> new CwPush(cw(), this).apply(push));
    }

    @Override
    public List<CatalogEntry> catalog(CatalogKind kind, String parentId, String query, int page) throws Exception {
        return guarded(() -> new CwCatalog(cw()).list(kind, parentId, query, Math.max(1, page)));
    }

    @Override
    public Optional<RateBudget> budget() {
        Instant until = throttledUntil;
        return until != null && until.isAfter(clock.instant())
                ? Optional.of(new RateBudget(0, -1, until, 0))
                : Optional.empty();
    }

    @Override
    public Optional<CallbackEvent> verifyCallback(InboundCallback callback) throws Exception {
        return verifier.verify(callback);
    }

    @Override
    public String registerCallback(URI url) throws Exception {
        String target = url + (url.getRawQuery() == null ? "?" : "&") + "recordId=";
        CwApi cw = cw();
        String json = JsonValues.JSON
                .createObjectBuilder()
                .add("url", target)
                .add("objectId", 1)
                .add("type", "ticket")
                .add("level", "owner")
                .add("description", "Switchboard sync")
                .add("payloadVersion", "3.0.0")
                .add("inactiveFlag", false)
                .add("isSelfSuppressedFlag", false)
                .build()
                .toString();
        try {
            return JsonValues.string(cw.object("POST", "/system/callbacks", json), "id");
        } catch (RemoteFailure e) {
            if (e.kind() == RemoteFailure.Kind.INVALID && e.getMessage().contains("ObjectExists")
                    || e.fieldErrors().stream().anyMatch(f -> f.message().contains("already exists"))) {
                return cw
                        .list(
                                "/system/callbacks",
                                Map.of("conditions", eq("url", target).toString()))
                        .stream()
                        .map(o -> JsonValues.string(o, "id"))
                        .findFirst()
                        .orElseThrow(() -> e);
            }
            throw e;
        }
    }

    @Override
    public void unregisterCallback(String callbackId) throws Exception {
        try {
            cw().delete("/system/callbacks/" + number(callbackId, "callback id"));
        } catch (RemoteFailure e) {
            if (e.kind() != RemoteFailure.Kind.NOT_FOUND) {
                throw e;
            }
        }
    }

    @Override
    public Optional<String> webUrl(String remoteId) {
        return Optional.ofNullable(reader.ticket(
                        JsonValues.JSON
                                .createObjectBuilder()
                                .add("id", remoteId)
                                .build(),
                        List.of(),
                        List.of())
                .url());
    }

    /** Remembers a throttle so {@link #budget()} can tell the host before the next call. */
    private <T> T guarded(Call<T> call) throws RemoteFailure {
        try {
            return call.run();
        } catch (RemoteFailure e) {
            if (e.kind() == RemoteFailure.Kind.THROTTLED) {
                throttledUntil = clock.instant().plus(e.retryAfter().orElse(java.time.Duration.ofSeconds(30)));
            }
            throw e;
        }
    }

    private CwApi cw() throws RemoteFailure {
        try {
            return api.get();
        } catch (CwConnection.Unavailable e) {
            throw e.failure();
        }
    }

    interface Call<T> {
        T run() throws RemoteFailure;
    }

    static long number(String id, String what) throws RemoteFailure {
        try {
            return Long.parseLong(id.trim());
        } catch (RuntimeException e) {
            throw new RemoteFailure(
                    RemoteFailure.Kind.INVALID, "a ConnectWise " + what + " is a number, not '" + id + "'");
        }
    }

    private static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            out.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return out;
    }
}

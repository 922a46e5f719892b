package io.switchboard.plugins.autotask;

import static io.switchboard.plugins.autotask.QueryFilter.eq;
import static io.switchboard.plugins.autotask.QueryFilter.gte;
import static io.switchboard.plugins.autotask.QueryFilter.lt;

import io.switchboard.plugin.RemoteFailure;
import io.switchboard.plugin.psa.CatalogEntry;
import io.switchboard.plugin.psa.CatalogKind;
import io.switchboard.plugin.psa.NoteVisibility;
import io.switchboard.plugin.psa.PsaProvider;
import io.switchboard.plugin.psa.PsaPush;
import io.switchboard.plugin.psa.PsaTicket;
import io.switchboard.plugin.psa.PullCursor;
import io.switchboard.plugin.psa.PullPage;
import io.switchboard.plugin.psa.PushOutcome;
import io.switchboard.plugin.psa.RateBudget;
import io.switchboard.plugin.psa.RemoteNote;
import io.switchboard.plugins.psasupport.JsonValues;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Autotask as a {@link PsaProvider}; a queue is a board. Autotask's query cannot sort, so a pull
 * pass reads a queue in id order by {@code pageDetails.nextPageUrl}, bounded above by the time
 * the pass began: a ticket changed during the pass is left for the next one (whose watermark is
 * older than that change) instead of being missed. Creates carry their idempotency key in
 * {@code externalID}, where {@link #findCreated} looks. Every call first passes the hourly budget.
 */
class AutotaskProvider implements PsaProvider {

    static final String MODIFIED = "lastTrackedModificationDateTime";
    private static final int MAX_PAGE = 500;

    private final AtConnection connection;
    private final AtPicklists picklists = new AtPicklists();
    private final AtDirectory directory = new AtDirectory();
    private final AtBudget budget;
    private final Clock clock;
    private final String userName;
    private final String defaultCompany;

    AutotaskProvider(AtConnection connection, Clock clock, String userName, String defaultCompany) {
        this.connection = connection;
        this.budget = new AtBudget(clock);
        this.clock = clock;
        this.userName = userName;
        this.defaultCompany = defaultCompany;
    }

    @Override
    public PullPage pull(PullCursor cursor, int pageSize) throws Exception {
        return call(api -> {
            int size = Math.max(1, Math.min(MAX_PAGE, pageSize));
            String[] token =
                    cursor.pageToken() == null ? null : cursor.pageToken().split("\\|", 2);
            Instant passStart = token == null ? clock.instant() : Instant.ofEpochMilli(Long.parseLong(token[0]));
            List<QueryFilter> where = new ArrayList<>();
            where.add(eq("queueID", AtPush.number(cursor.board(), "queue id")));
            if (cursor.updatedSince() != null) {
                where.add(gte(MODIFIED, cursor.updatedSince()));
            }
            where.add(lt(MODIFIED, passStart));
            String model = QueryFilter.query(size, List.of(), where.toArray(QueryFilter[]::new));
            CompletableFuture<Long> total = token == null
                    ? CompletableFuture.supplyAsync(() -> count(api, model))
                    : CompletableFuture.completedFuture(-1L);
            AtApi.Page page = token == null ? api.query("Tickets", model) : api.next(sameZone(api, token[1]), model);
            List<PsaTicket> tickets = reader(api).read(api, page.items());
            PullCursor next = page.next() == null ? null : cursor.next(passStart.toEpochMilli() + "|" + page.next());
            return new PullPage(tickets, List.of(), next, total.join());
        });
    }

    private long count(AtApi api, String model) {
        try {
            return api.count("Tickets", model);
        } catch (RemoteFailure | RuntimeException e) {
            return -1;
        }
    }

    /** A next-page URL must be on the zone the credentials belong to, never wherever an answer points. */
    private static URI sameZone(AtApi api, String next) throws RemoteFailure {
        URI url = URI.create(next);
        URI root = URI.create(api.root());
        if (!root.getScheme().equalsIgnoreCase(url.getScheme())
                || !root.getHost().equalsIgnoreCase(url.getHost())
                || root.getPort() != url.getPort()) {
            throw new RemoteFailure(
                    RemoteFailure.Kind.INVALID, "Autotask named a next page off its zone: " + url.getHost());
        }
        return url;
    }

    @Override
    public Optional<PsaTicket> fetch(String remoteId) throws Exception {
        long id = AtPush.number(remoteId, "ticket id");
        return call(api -> {
            Optional<JsonObject> row = api.item("Tickets/" + id);
            return row.isEmpty()
                    ? Optional.empty()
                    : Optional.of(reader(api).read(api, List.of(row.get())).get(0));
        });
    }

    @Override
    public List<RemoteNote> notes(String remoteId, Instant since) throws Exception {
        long id = AtPush.number(remoteId, "ticket id");
        return call(api -> {
            List<QueryFilter> where = new ArrayList<>(List.of(eq("ticketID", id)));
            if (since != null) {
                where.add(gte("createDateTime", since));
            }
            List<RemoteNote> out = new ArrayList<>();
            for (JsonObject n :
                    api.all("TicketNotes", QueryFilter.query(MAX_PAGE, List.of(), where.toArray(QueryFilter[]::new)))) {
                out.add(reader(api).note(api, n));
            }
            return out;
        });
    }

    @Override
    public Optional<String> findCreated(String idempotencyKey) throws Exception {
        return findCreatedOrFail(idempotencyKey);
    }

    Optional<String> findCreatedOrFail(String idempotencyKey) throws RemoteFailure {
        return call(api ->
                api
                        .query("Tickets", QueryFilter.query(1, List.of("id"), eq("externalID", idempotencyKey)))
                        .items()
                        .stream()
                        .map(r -> JsonValues.string(r, "id"))
                        .findFirst());
    }

    @Override
    public PushOutcome push(PsaPush push) throws Exception {
        return call(api -> new AtPush(api, this, defaultCompany).apply(push));
    }

    @Override
    public List<CatalogEntry> catalog(CatalogKind kind, String parentId, String query, int page) throws Exception {
        return call(api -> new AtCatalog(api, picklists).list(kind, parentId, query, Math.max(1, page)));
    }

    @Override
    public Optional<RateBudget> budget() throws Exception {
        Optional<RateBudget> known = budget.current();
        if (known.isPresent()) {
            return known;
        }
        call(api -> null);
        return budget.current();
    }

    @Override
    public Optional<String> webUrl(String remoteId) {
        return connection.webUrl().map(w -> new AtTicketReader(picklists, directory, w).url(remoteId));
    }

    // ---- what AtPush asks of the tenant ----

    String picklistDefault(String field) throws RemoteFailure {
        return picklistDefault("Tickets", field);
    }

    String picklistDefault(String entity, String field) throws RemoteFailure {
        AtApi api = connection.api();
        return picklists
                .defaultValue(api, entity, field)
                .orElseThrow(() -> new RemoteFailure(
                        RemoteFailure.Kind.INVALID, "Autotask's " + entity + " " + field + " picklist has no values"));
    }

    /** Publish "All Autotask Users" for public notes and resolutions, "Internal Only" for internal ones. */
    String publishFor(NoteVisibility visibility) throws RemoteFailure {
        AtApi api = connection.api();
        Optional<String> value = visibility == NoteVisibility.INTERNAL
                ? picklists.valueLabelled(api, "TicketNotes", "publish", "internal")
                : picklists.valueLabelled(api, "TicketNotes", "publish", "all");
        return value.orElse(picklistDefault("TicketNotes", "publish"));
    }

    /** The role Autotask assigns a resource with by default (an assignment needs both). */
    String roleOf(String resource) throws RemoteFailure {
        return directory
                .resource(connection.api(), resource)
                .map(AtDirectory.Resource::defaultRole)
                .filter(r -> r != null && !r.isBlank())
                .orElseThrow(() -> new RemoteFailure(
                        RemoteFailure.Kind.INVALID,
                        "Autotask resource " + resource + " has no default service desk role; give the role"));
    }

    /** The API user's own resource, who logs time when no member is named. */
    String apiResource() throws RemoteFailure {
        return directory
                .byEmail(connection.api(), userName)
                .map(AtDirectory.Resource::id)
                .orElseThrow(() -> new RemoteFailure(
                        RemoteFailure.Kind.INVALID, "the API user " + userName + " is not an Autotask resource"));
    }

    private AtTicketReader reader(AtApi api) {
        return new AtTicketReader(picklists, directory, connection.webUrl().orElse(null));
    }

    interface Call<T> {
        T run(AtApi api) throws RemoteFailure;
    }

    /** Runs a call within the budget; refused credentials look the zone up again once, as the tenant may have moved. */
    private <T> T call(Call<T> call) throws RemoteFailure {
        AtApi api = connection.api();
        try {
            budget.admit(api);
            return call.run(api);
        } catch (RemoteFailure e) {
            if (e.kind() == RemoteFailure.Kind.THROTTLED) {
                budget.throttled(e);
                throw e;
            }
            if (e.kind() != RemoteFailure.Kind.UNAUTHORIZED) {
                throw e;
            }
            AtApi moved = connection.relocate();
            return call.run(moved);
        }
    }

    @Override
    public void close() {
        connection.close();
    }
}

package io.switchboard.plugins.remotedesk;

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
import io.switchboard.plugin.psa.RemoteNote;
import io.switchboard.plugins.psasupport.JsonValues;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Another desk's REST API as a {@link PsaProvider}; its boards are the boards. A pull lists a
 * board's tickets with {@code updatedSince} and {@code sort=updatedAt,number}, keyset-paged on
 * (updatedAt, id) so a ticket changed while paging moves to the end instead of shifting others
 * out of view; each ticket is then read whole with its comments.
 */
final class RemoteDeskProvider implements PsaProvider {

    private static final int MAX_PAGE = 200;
    private static final int MAX_SAME_INSTANT_PAGES = 50;

    private final RdConnection connection;
    private final RdReader reader;
    private final RdCallbackVerifier verifier;

    RemoteDeskProvider(RdConnection connection, RdReader reader, RdCallbackVerifier verifier) {
        this.connection = connection;
        this.reader = reader;
        this.verifier = verifier;
    }

    @Override
    public PullPage pull(PullCursor cursor, int pageSize) throws Exception {
        RdHttp http = connection.http();
        int size = Math.max(1, Math.min(MAX_PAGE, pageSize));
        Instant after = null;
        long lastId = Long.MIN_VALUE;
        if (cursor.pageToken() != null) {
            String[] token = cursor.pageToken().split("\\|");
            after = Instant.parse(token[0]);
            lastId = Long.parseLong(token[1]);
        }
        Instant since = after != null ? after : cursor.updatedSince();
        long total = -1;
        List<JsonObject> rows = new ArrayList<>();
        boolean full = false;
        for (int page = 1; page <= MAX_SAME_INSTANT_PAGES && rows.isEmpty(); page++) {
            JsonObject answer = http.call("GET", list(cursor.board(), since, size, page), null, Map.of())
                    .object();
            if (page == 1 && cursor.pageToken() == null && JsonValues.string(answer, "total") != null) {
                total = Long.parseLong(JsonValues.string(answer, "total"));
            }
            List<JsonObject> items = JsonValues.objects(JsonValues.get(answer, "items"));
            full = items.size() == size;
            for (JsonObject item : items) {
                Instant at = JsonValues.instant(JsonValues.string(item, "updatedAt"));
                long id = Long.parseLong(JsonValues.string(item, "id"));
                if (after == null || at.isAfter(after) || (at.equals(after) && id > lastId)) {
                    rows.add(item);
                }
            }
            if (!full) {
                break;
            }
        }
        List<PsaTicket> tickets = new ArrayList<>();
        for (JsonObject row : rows) {
            fetch(JsonValues.string(row, "id")).ifPresent(tickets::add);
        }
        PullCursor next = null;
        if (full && !rows.isEmpty()) {
            JsonObject last = rows.get(rows.size() - 1);
            next = cursor.next(JsonValues.string(last, "updatedAt") + "|" + JsonValues.string(last, "id"));
        }
        return new PullPage(tickets, List.of(), next, total);
    }

    private static String list(String board, Instant since, int size, int page) throws RemoteFailure {
        StringBuilder q = new StringBuilder("/tickets?board=")
                .append(number(board, "board id"))
                .append("&includeClosed=true&sort=updatedAt,number&pageSize=")
                .append(size)
                .append("&page=")
                .append(page);
        if (since != null) {
            q.append("&updatedSince=").append(URLEncoder.encode(since.toString(), StandardCharsets.UTF_8));
        }
        return q.toString();
    }

    @Override
    public Optional<PsaTicket> fetch(String remoteId) throws Exception {
        long id = number(remoteId, "ticket id");
        RdHttp http = connection.http();
        JsonObject t;
        try {
            t = http.call("GET", "/tickets/" + id, null, Map.of()).object();
        } catch (RemoteFailure e) {
            if (e.kind() == RemoteFailure.Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
        List<JsonObject> comments = RdPages.all(http, "/tickets/" + id + "/comments");
        return Optional.of(reader.ticket(t, comments));
    }

    @Override
    public List<RemoteNote> notes(String remoteId, Instant since) throws Exception {
        long id = number(remoteId, "ticket id");
        return RdPages.all(connection.http(), "/tickets/" + id + "/comments").stream()
                .map(RdReader::note)
                .filter(n ->
                        since == null || n.createdAt() == null || !n.createdAt().isBefore(since))
                .toList();
    }

    @Override
    public PushOutcome push(PsaPush push) throws Exception {
        return new RdPush(connection.http(), this).apply(push);
    }

    @Override
    public List<CatalogEntry> catalog(CatalogKind kind, String parentId, String query, int page) throws Exception {
        return new RdCatalog(connection.http()).list(kind, query, Math.max(1, page));
    }

    @Override
    public Optional<CallbackEvent> verifyCallback(InboundCallback callback) {
        return verifier.verify(callback);
    }

    @Override
    public Optional<String> webUrl(String remoteId) {
        return Optional.empty(); // the link needs the ticket number, which the pulled ticket carries as its url
    }

    @Override
    public void close() {
        connection.close();
    }

    static long number(String id, String what) throws RemoteFailure {
        try {
            return Long.parseLong(id.strip());
        } catch (RuntimeException e) {
            throw new RemoteFailure(
                    RemoteFailure.Kind.INVALID, "a remote desk " + what + " is a number, not '" + id + "'");
        }
    }
}

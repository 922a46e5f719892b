package io.switchboard.emulator.connectwise;

import static io.switchboard.emulator.Json.obj;

import io.switchboard.emulator.ApiError;
import io.switchboard.emulator.EmulatorServer;
import io.switchboard.emulator.Json;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ConnectWise PSA emulator. It serves {@code /login/companyinfo/{company}} (no auth) and
 * {@code /{codebase}/apis/3.0/...} with {@code Authorization: Basic base64("demo+pubkey:privkey")}
 * and any clientId (or a required one, see {@link #requireClientId}).
 */
public final class ConnectWiseEmulator extends EmulatorServer {

    public static final String COMPANY = "demo";
    public static final String PUBLIC_KEY = "pubkey";
    public static final String PRIVATE_KEY = "privkey";

    private static final Pattern API = Pattern.compile("^/([A-Za-z0-9_.]+)/apis/3\\.0(/.*)$");
    private static final Pattern ID = Pattern.compile("\\d+");

    private final CwStore db;
    private final CwTickets tickets;
    private final CwWork work;
    private final CwCallbacks callbacks;
    private volatile boolean requireClientId;
    private volatile boolean allNotesSupported = true;

    public ConnectWiseEmulator(Clock clock) {
        this.db = new CwStore(clock);
        this.tickets = new CwTickets(db);
        this.work = new CwWork(db, tickets);
        this.callbacks = new CwCallbacks(db);
        CwSeed.reference(db);
    }

    /** With the demo data: the reference records and {@code count} tickets. */
    public static ConnectWiseEmulator withDemoData(int count, int notes) {
        ConnectWiseEmulator e = new ConnectWiseEmulator(Clock.systemUTC());
        CwSeed.tickets(e.db, count, notes, Clock.systemUTC().instant());
        return e;
    }

    public CwStore store() {
        return db;
    }

    public void requireClientId(boolean required) {
        requireClientId = required;
    }

    /** Older Manage versions answer 404 on /allNotes; clients fall back to /notes. */
    public void allNotesSupported(boolean supported) {
        allNotesSupported = supported;
    }

    public void callbackRetryUnit(Duration unit) {
        callbacks.retryUnit(unit);
    }

    /** What the callback deliveries got back, one line each ("200 http://..."). */
    public List<String> callbackLog() {
        return callbacks.log();
    }

    /** The URL callbacks name as Metadata.key_url. */
    public String callbackKeyUrl() {
        return callbacks.keyUrl();
    }

    public String signingKey() {
        return callbacks.signingKey();
    }

    /** The API root a client is configured with, {@code http://127.0.0.1:PORT/v4_6_release/apis/3.0}. */
    public String apiUrl() {
        return url() + "/v4_6_release/apis/3.0";
    }

    @Override
    public void close() {
        callbacks.close();
        super.close();
    }

    @Override
    protected Object throttledBody(int seconds) {
        return obj(
                "error",
                "ConnectWiseAPI",
                "message",
                "Too many requests. Please try again in " + seconds + " seconds.");
    }

    @Override
    protected Object serverErrorBody() {
        return obj("code", "ConnectWiseApi", "message", "An error has occurred.", "errors", null);
    }

    @Override
    protected Reply handle(Request r) {
        try {
            synchronized (db) {
                return route(r);
            }
        } catch (ApiError e) {
            return Reply.json(e.status(), e.body());
        }
    }

    private Reply route(Request r) {
        String path = r.path();
        if (path.startsWith("/login/companyinfo/")) {
            String company = path.substring("/login/companyinfo/".length());
            if (!company.equalsIgnoreCase(COMPANY)) {
                throw CwErrors.notFound("Company", company);
            }
            return Reply.json(
                    200,
                    obj(
                            "CompanyName",
                            "Demo MSP",
                            "Codebase",
                            "v4_6_release/",
                            "VersionCode",
                            "v2025.1",
                            "VersionNumber",
                            "v4.6.38842",
                            "CompanyID",
                            COMPANY,
                            "IsCloud",
                            "False"));
        }
        if (path.endsWith("/system/callbackkey/index.rails")) {
            return callbacks.key(r);
        }
        Matcher m = API.matcher(path);
        if (!m.matches()) {
            throw CwErrors.noEndpoint();
        }
        authenticate(r);
        List<String> p = List.of(m.group(2).substring(1).split("/"));
        Reply reply = api(r, p);
        return reply.with("api-current-version", "2025.1")
                .with("x-cw-request-id", java.util.UUID.randomUUID().toString());
    }

    private void authenticate(Request r) {
        String expected = "Basic "
                + Base64.getEncoder()
                        .encodeToString(
                                (COMPANY + "+" + PUBLIC_KEY + ":" + PRIVATE_KEY).getBytes(StandardCharsets.UTF_8));
        String given = r.header("authorization").orElse("");
        boolean ok = given.equals(expected);
        if (!ok && given.startsWith("Basic ")) {
            String decoded =
                    new String(Base64.getDecoder().decode(given.substring(6).trim()), StandardCharsets.UTF_8);
            ok = decoded.equalsIgnoreCase(COMPANY + "+" + PUBLIC_KEY + ":" + PRIVATE_KEY)
                    && decoded.endsWith(":" + PRIVATE_KEY)
                    && decoded.contains("+" + PUBLIC_KEY + ":");
        }
        if (!ok) {
            throw CwErrors.unauthorized();
        }
        if (requireClientId && r.header("clientid").isEmpty()) {
            throw CwErrors.badRequest("InvalidClientId", "A clientId header is required for all API calls.");
        }
    }

    private Reply api(Request r, List<String> p) {
        String method = r.method();
        String route = String.join(
                "/", p.stream().map(s -> ID.matcher(s).matches() ? "{id}" : s).toList());
        long a = p.size() > 2 && ID.matcher(p.get(2)).matches() ? Long.parseLong(p.get(2)) : -1;
        long b = p.size() > 4 && ID.matcher(p.get(4)).matches() ? Long.parseLong(p.get(4)) : -1;
        return switch (method + " " + route) {
            case "GET system/info" ->
                Reply.json(
                        200,
                        obj(
                                "version",
                                "v2025.1.12345",
                                "isCloud",
                                false,
                                "serverTimeZone",
                                "Eastern Standard Time",
                                "licenseBits",
                                List.of(),
                                "cloudRegion",
                                "NA"));
            case "GET service/tickets" -> CwListing.list(r, db.tickets.values());
            case "POST service/tickets/search" -> CwListing.list(withSearchBody(r), db.tickets.values());
            case "GET service/tickets/count" -> CwListing.count(r, db.tickets.values());
            case "POST service/tickets" -> tickets.create(r);
            case "GET service/tickets/{id}" -> tickets.get(a);
            case "PATCH service/tickets/{id}" -> tickets.patch(r, a);
            case "DELETE service/tickets/{id}" -> tickets.delete(a);
            case "GET service/tickets/{id}/notes" -> tickets.notes(r, a, false);
            case "GET service/tickets/{id}/notes/count" -> CwListing.count(r, db.notesOf(a));
            case "POST service/tickets/{id}/notes" -> tickets.addNote(r, a);
            case "GET service/tickets/{id}/notes/{id}" -> tickets.note(a, b);
            case "GET service/tickets/{id}/allNotes" -> {
                if (!allNotesSupported) {
                    throw CwErrors.noEndpoint();
                }
                yield tickets.notes(r, a, true);
            }
            case "GET service/tickets/{id}/scheduleentries" -> work.ticketScheduleEntries(r, a);
            case "GET service/tickets/{id}/configurations" -> work.ticketConfigurations(r, a);
            case "POST service/tickets/{id}/configurations" -> work.linkConfiguration(r, a);
            case "GET service/tickets/{id}/documents" -> {
                tickets.ticket(a);
                yield CwListing.list(
                        r,
                        db.documents.values().stream()
                                .filter(d -> "Ticket".equals(d.get("recordType"))
                                        && ((Number) d.get("recordId")).longValue() == a)
                                .map(d -> obj("id", d.get("id"), "name", d.get("title")))
                                .toList());
            }
            case "GET service/boards" -> CwListing.list(r, db.boards.values());
            case "GET service/boards/count" -> CwListing.count(r, db.boards.values());
            case "GET service/boards/{id}" -> Reply.json(200, Json.copy(found(db.boards, a, "Board")));
            case "GET service/boards/{id}/statuses" -> {
                found(db.boards, a, "Board");
                yield CwListing.list(r, db.statusesOf(a));
            }
            case "GET service/priorities" -> CwListing.list(r, db.priorities.values());
            case "GET company/companies" -> CwListing.list(r, db.companies.values());
            case "GET company/companies/count" -> CwListing.count(r, db.companies.values());
            case "GET company/companies/{id}" -> Reply.json(200, Json.copy(found(db.companies, a, "Company")));
            case "GET company/contacts" -> CwListing.list(r, db.contacts.values());
            case "GET company/contacts/{id}" -> Reply.json(200, Json.copy(found(db.contacts, a, "Contact")));
            case "GET company/configurations" -> CwListing.list(r, db.configurations.values());
            case "GET system/members" -> CwListing.list(r, db.members.values());
            case "GET system/members/count" -> CwListing.count(r, db.members.values());
            case "GET system/members/{id}" -> Reply.json(200, Json.copy(found(db.members, a, "Member")));
            case "GET schedule/entries" -> CwListing.list(r, db.scheduleEntries.values());
            case "POST schedule/entries" -> work.addScheduleEntry(r);
            case "GET schedule/entries/{id}" -> work.scheduleEntry(a);
            case "PATCH schedule/entries/{id}" -> work.patchScheduleEntry(r, a);
            case "DELETE schedule/entries/{id}" -> work.deleteScheduleEntry(a);
            case "GET time/entries" -> work.timeEntries(r);
            case "POST time/entries" -> work.addTimeEntry(r);
            case "GET system/documents" -> work.documents(r);
            case "POST system/documents" -> work.upload(r);
            case "GET system/documents/{id}/download" -> work.download(a);
            case "GET system/callbacks" -> CwListing.list(r, db.callbacks.values());
            case "POST system/callbacks" -> callbacks.register(r);
            case "DELETE system/callbacks/{id}" -> {
                found(db.callbacks, a, "Callback");
                db.callbacks.remove(a);
                yield new Reply(204, Map.of(), null);
            }
            default -> throw CwErrors.noEndpoint();
        };
    }

    /** /search takes the filter in a body; both key casings seen in clients are accepted. */
    private static Request withSearchBody(Request r) {
        Map<String, Object> body = CwTickets.body(r, "filterValues");
        Map<String, List<String>> query = new java.util.LinkedHashMap<>(r.query());
        body.forEach((k, v) -> {
            if (v != null && (k.equalsIgnoreCase("conditions") || k.equalsIgnoreCase("orderBy"))) {
                query.put(k.equalsIgnoreCase("orderBy") ? "orderBy" : "conditions", List.of(v.toString()));
            }
        });
        return new Request(r.method(), r.path(), query, r.headers(), r.body(), r.baseUrl());
    }

    private static Map<String, Object> found(Map<Long, Map<String, Object>> table, long id, String entity) {
        Map<String, Object> x = table.get(id);
        if (x == null) {
            throw CwErrors.notFound(entity, id);
        }
        return x;
    }
}

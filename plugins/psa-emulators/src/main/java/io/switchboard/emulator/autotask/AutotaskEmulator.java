package io.switchboard.emulator.autotask;

import static io.switchboard.emulator.Json.obj;

import io.switchboard.emulator.ApiError;
import io.switchboard.emulator.EmulatorServer;
import io.switchboard.emulator.Json;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Autotask PSA emulator. Unauthenticated: {@code /atservicesrest/v1.0/zoneInformation?user=}
 * and {@code /atservicesrest/versioninformation}. Everything under
 * {@code /ATServicesRest/V1.0/} (paths in any casing) takes the headers {@code UserName}
 * {@code api@demo.example}, {@code Secret} {@code secret} and {@code ApiIntegrationCode}
 * {@code demo}, counts against 10,000 requests per rolling hour (ThresholdInformation is not
 * counted) and against 3 concurrent requests per object endpoint.
 *
 * <p>Autotask documents no answer for an exhausted hour or a fourth thread; the emulator answers
 * both with 429, a Retry-After and Autotask's {@code {"errors": [...]}} body.
 */
public final class AutotaskEmulator extends EmulatorServer {

    public static final String USER = AtAccess.USER;
    public static final String SECRET = AtAccess.SECRET;
    public static final String INTEGRATION_CODE = AtAccess.INTEGRATION_CODE;

    private static final String API = "/atservicesrest/v1.0/";
    private static final Pattern ID = Pattern.compile("-?\\d+");

    private final AtStore db;
    private final AtAccess access;
    private final AtQuery query;
    private final AtTickets tickets;

    public AutotaskEmulator(Clock clock) {
        this.db = new AtStore(clock);
        this.access = new AtAccess(clock);
        this.query = new AtQuery(db);
        this.tickets = new AtTickets(db);
        AtSeed.reference(db);
    }

    /** With the demo data: picklists, queues, resources, companies and {@code count} tickets with notes. */
    public static AutotaskEmulator withDemoData(int count, int notes) {
        AutotaskEmulator e = new AutotaskEmulator(Clock.systemUTC());
        AtSeed.tickets(e.db, count, notes, Clock.systemUTC().instant());
        return e;
    }

    public AtStore store() {
        return db;
    }

    /** The clock of the data and of the hourly budget. */
    public void clock(Clock clock) {
        db.clock(clock);
        access.clock(clock);
    }

    /** Requests allowed per rolling hour (10,000 as in Autotask). */
    public void hourlyLimit(long limit) {
        access.hourlyLimit(limit);
    }

    public long hourlyLimit() {
        return access.hourlyLimit();
    }

    /** Concurrent requests allowed per object endpoint (3 as in Autotask). */
    public void threadLimit(int limit) {
        access.threadLimit(limit);
    }

    /** The latency added at 50% and at 75% of the hourly budget (0.5 s and 1 s as in Autotask). */
    public void thresholdLatency(Duration atHalf, Duration atThreeQuarters) {
        access.latency(atHalf, atThreeQuarters);
    }

    /** Requests counted in the current hour. */
    public long requestsThisHour() {
        return access.used();
    }

    /** Where a client starts: the zone lookup root, {@code http://127.0.0.1:PORT}. */
    public String zoneLookupUrl() {
        return url();
    }

    /** The API root the zone lookup names, {@code http://127.0.0.1:PORT/ATServicesRest/}. */
    public String zoneUrl() {
        return url() + "/ATServicesRest/";
    }

    @Override
    protected Object throttledBody(int seconds) {
        return AtErrors.body("Exceeded the API request threshold. Try again in " + seconds + " seconds.");
    }

    @Override
    protected Object serverErrorBody() {
        return AtErrors.body("An unexpected error has occurred. Please contact Autotask support.");
    }

    @Override
    protected Reply admit(Request r, Serving serving) throws IOException {
        String path = r.path().toLowerCase(Locale.ROOT);
        if (!path.startsWith(API) || path.startsWith(API + "zoneinformation")) {
            return serving.serve();
        }
        Runnable leave;
        try {
            AtAccess.authenticate(
                    r.header("username").orElse(null),
                    r.header("secret").orElse(null),
                    r.header("apiintegrationcode").orElse(null));
            if (path.startsWith(API + "thresholdinformation")) {
                return serving.serve();
            }
            Duration latency = access.count();
            leave = access.enter(r.header("apiintegrationcode").orElse(""), entityOf(path));
            if (!latency.isZero()) {
                sleep(latency);
            }
        } catch (ApiError e) {
            return error(e);
        }
        try {
            return serving.serve();
        } finally {
            leave.run();
        }
    }

    @Override
    protected Reply handle(Request r) {
        try {
            synchronized (db) {
                return route(r);
            }
        } catch (ApiError e) {
            return error(e);
        }
    }

    private static Reply error(ApiError e) {
        Reply reply = Reply.json(e.status(), e.body());
        return e.retryAfterSeconds() < 0 ? reply : reply.with("Retry-After", Long.toString(e.retryAfterSeconds()));
    }

    private Reply route(Request r) {
        String path = r.path().toLowerCase(Locale.ROOT);
        if (path.equals("/atservicesrest/versioninformation")) {
            return Reply.json(200, obj("apiVersions", List.of("V1.0")));
        }
        if (path.equals(API + "zoneinformation")) {
            String user = r.param("user").orElse("");
            if (!user.equalsIgnoreCase(USER)) {
                throw AtErrors.rejected("Zone information could not be determined");
            }
            return Reply.json(
                    200,
                    obj(
                            "zoneName",
                            "Emulated Zone",
                            "url",
                            r.baseUrl() + "/ATServicesRest/",
                            "webUrl",
                            r.baseUrl() + "/",
                            "ci",
                            0));
        }
        if (!path.startsWith(API)) {
            throw AtErrors.noEndpoint();
        }
        List<String> p = List.of(r.path().substring(API.length()).split("/"));
        return api(r, p);
    }

    private Reply api(Request r, List<String> p) {
        String method = r.method();
        String entityName = p.get(0);
        if (entityName.equalsIgnoreCase("ThresholdInformation") && method.equals("GET")) {
            return Reply.json(
                    200,
                    obj(
                            "externalRequestThreshold", access.hourlyLimit(),
                            "requestThresholdTimeframe", AtAccess.WINDOW.toMinutes(),
                            "currentTimeframeRequestCount", access.used()));
        }
        AtFields.Entity entity = AtFields.entity(entityName).orElseThrow(AtErrors::noEndpoint);
        String route = String.join(
                "/",
                p.subList(1, p.size()).stream()
                        .map(s -> ID.matcher(s).matches() ? "{id}" : s.toLowerCase(Locale.ROOT))
                        .toList());
        long a = p.size() > 1 && ID.matcher(p.get(1)).matches() ? Long.parseLong(p.get(1)) : -1;
        long b = p.size() > 3 && ID.matcher(p.get(3)).matches() ? Long.parseLong(p.get(3)) : -1;
        boolean isTickets = entity.name().equals("Tickets");
        return switch (method + " " + route) {
            case "GET query", "POST query" -> Reply.json(200, query.first(r, entity));
            case "GET query/count", "POST query/count" -> Reply.json(200, query.count(r, entity));
            case "GET query/next", "POST query/next" -> Reply.json(200, query.next(r));
            case "GET entityinformation" ->
                Reply.json(
                        200,
                        obj(
                                "info",
                                obj(
                                        "name",
                                        entity.name(),
                                        "canCreate",
                                        true,
                                        "canDelete",
                                        entity.name().equals("TicketSecondaryResources"),
                                        "canQuery",
                                        true,
                                        "canUpdate",
                                        isTickets,
                                        "hasUserDefinedFields",
                                        true,
                                        "supportsWebhookCallouts",
                                        isTickets)));
            case "GET entityinformation/fields" -> Reply.json(200, AtFields.describe(entity, db));
            case "GET entityinformation/userdefinedfields" -> Reply.json(200, obj("fields", List.of()));
            case "GET {id}" -> isTickets ? tickets.get(a) : item(entity.name(), a);
            case "POST " -> {
                if (isTickets) {
                    yield tickets.create(r);
                }
                if (entity.name().equals("TimeEntries")) {
                    yield tickets.addTimeEntry(r);
                }
                // Notes, secondary resources and attachments are made under their ticket: the root answers 404.
                throw AtErrors.noEndpoint();
            }
            case "PATCH " -> {
                if (!isTickets) {
                    throw AtErrors.methodNotAllowed();
                }
                yield tickets.patch(r);
            }
            case "GET {id}/notes" -> ticketsOnly(isTickets, () -> tickets.children("TicketNotes", a));
            case "POST {id}/notes" -> ticketsOnly(isTickets, () -> tickets.addNote(r, a));
            case "GET {id}/notes/{id}" -> ticketsOnly(isTickets, () -> tickets.child("TicketNotes", a, b));
            case "GET {id}/secondaryresources" ->
                ticketsOnly(isTickets, () -> tickets.children("TicketSecondaryResources", a));
            case "POST {id}/secondaryresources" -> ticketsOnly(isTickets, () -> tickets.addSecondaryResource(r, a));
            case "GET {id}/secondaryresources/{id}" ->
                ticketsOnly(isTickets, () -> tickets.child("TicketSecondaryResources", a, b));
            case "DELETE {id}/secondaryresources/{id}" ->
                ticketsOnly(isTickets, () -> tickets.removeSecondaryResource(a, b));
            case "GET {id}/attachments" -> ticketsOnly(isTickets, () -> tickets.children("TicketAttachments", a));
            case "POST {id}/attachments" -> ticketsOnly(isTickets, () -> tickets.addAttachment(r, a));
            default -> throw AtErrors.noEndpoint();
        };
    }

    private static Reply ticketsOnly(boolean isTickets, java.util.function.Supplier<Reply> reply) {
        if (!isTickets) {
            throw AtErrors.noEndpoint();
        }
        return reply.get();
    }

    private Reply item(String entity, long id) {
        Map<String, Object> x = db.rows(entity).get(id);
        if (x == null) {
            throw AtErrors.notFound();
        }
        return Reply.json(200, obj("item", Json.copy(x)));
    }

    private static String entityOf(String path) {
        String rest = path.substring(API.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

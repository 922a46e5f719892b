package io.switchboard.emulator.connectwise;

import static io.switchboard.emulator.Json.obj;

import io.switchboard.emulator.EmulatorServer.Reply;
import io.switchboard.emulator.EmulatorServer.Request;
import io.switchboard.emulator.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Callback registrations ({@code /system/callbacks}) and their delivery: the documented
 * envelope (Entity as a JSON-encoded string, null on deleted), signed with
 * {@code x-content-signature = Base64(HMAC-SHA256(SHA256(signing_key), body))}, the signing key
 * served at {@code Metadata.key_url}; retried twice (after 2 s, then 4 s) on 404, 409, 419 and 429.
 */
final class CwCallbacks implements AutoCloseable {

    private static final Set<String> TICKET_LEVELS =
            Set.of("owner", "board", "project", "phase", "status", "ticket", "integratortag");

    private final CwStore db;
    private final String keyId = UUID.randomUUID().toString();
    private final String signingKey;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cw-callbacks");
        t.setDaemon(true);
        return t;
    });
    private volatile String baseUrl = "http://127.0.0.1";
    private volatile long retryUnitMillis = 1000;
    private final List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();

    CwCallbacks(CwStore db) {
        this.db = db;
        byte[] key = new byte[24];
        new SecureRandom().nextBytes(key);
        this.signingKey = Base64.getUrlEncoder().withoutPadding().encodeToString(key);
        db.onTicketChange(this::fire);
    }

    /** Shortens the documented 2 s / 4 s retry waits, for tests. */
    void retryUnit(Duration unit) {
        retryUnitMillis = unit.toMillis();
    }

    String signingKey() {
        return signingKey;
    }

    List<String> log() {
        return log;
    }

    Reply register(Request r) {
        Map<String, Object> body = CwTickets.body(r, "callbackEntry");
        List<Map<String, Object>> errors = new ArrayList<>();
        Object url = body.get("url");
        URI uri = null;
        try {
            uri = url instanceof String s ? URI.create(s) : null;
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null
                || uri.getHost() == null
                || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            errors.add(CwErrors.error("InvalidField", "Invalid URL", "callbackEntry", "url"));
        }
        String type = String.valueOf(body.get("type")).toLowerCase();
        String level = String.valueOf(body.get("level")).toLowerCase();
        if (!type.equals("ticket") || !TICKET_LEVELS.contains(level)) {
            errors.add(CwErrors.error(
                    "InvalidObject",
                    "Unrecognized level for type, see documentation for supported levels for each type",
                    "callbackEntry",
                    "level"));
        }
        long objectId = level.equals("owner") ? 1 : body.get("objectId") instanceof Number n ? n.longValue() : 0;
        for (Map<String, Object> existing : db.callbacks.values()) {
            if (existing.get("url").equals(url)
                    && existing.get("level").equals(level)
                    && ((Number) existing.get("objectId")).longValue() == objectId) {
                errors.add(CwErrors.error(
                        "ObjectExists", "A matching callback entry already exists", "callbackEntry", "objectId"));
            }
        }
        if (!errors.isEmpty()) {
            throw CwErrors.invalid("callbackEntry", errors);
        }
        baseUrl = r.baseUrl();
        long id = db.nextId();
        Map<String, Object> entry = obj(
                "id",
                id,
                "description",
                body.get("description"),
                "url",
                url,
                "objectId",
                objectId,
                "type",
                type,
                "level",
                level,
                "memberId",
                243L,
                "payloadVersion",
                body.getOrDefault("payloadVersion", "3.0.0"),
                "inactiveFlag",
                Boolean.TRUE.equals(body.get("inactiveFlag")),
                "isSoapCallbackFlag",
                false,
                "isSelfSuppressedFlag",
                Boolean.TRUE.equals(body.get("isSelfSuppressedFlag")),
                "connectWiseID",
                UUID.randomUUID().toString(),
                "_info",
                obj("lastUpdated", db.now(), "updatedBy", CwStore.API_MEMBER));
        db.callbacks.put(id, entry);
        return Reply.json(201, Json.copy(entry));
    }

    /** The signing key behind Metadata.key_url; needs no authentication. */
    Reply key(Request r) {
        if (!keyId.equals(r.param("id").orElse(""))) {
            throw CwErrors.notFound("Key", r.param("id").orElse(""));
        }
        return Reply.json(200, obj("signing_key", signingKey));
    }

    String keyUrl() {
        return baseUrl + "/v4_6_release/system/callbackkey/index.rails?companyName=demo&id=" + keyId;
    }

    private void fire(CwStore.TicketChange change) {
        for (Map<String, Object> cb : List.copyOf(db.callbacks.values())) {
            if (Boolean.TRUE.equals(cb.get("inactiveFlag")) || !applies(cb, change)) {
                continue;
            }
            String body = Json.write(obj(
                    "Action", change.action(),
                    "CallbackObjectRecId", cb.get("id"),
                    "CompanyId", "demo",
                    "Entity", change.ticket() == null ? null : Json.write(change.ticket()),
                    "FromUrl", URI.create(baseUrl).getAuthority(),
                    "ID", change.ticketId(),
                    "MemberId", change.memberId(),
                    "MessageId", UUID.randomUUID().toString(),
                    "Metadata", obj("key_url", keyUrl()),
                    "PartnerId", "61ddc2817bcddc0001c74208",
                    "ProductInstanceId", "639c96cab2eb560001dd1324",
                    "Type", "ticket"));
            String url = (String) cb.get("url");
            String target = url.endsWith("=")
                    ? url + change.ticketId() + "&action=" + change.action()
                    : url + (url.contains("?") ? "&" : "?") + "recordId=" + change.ticketId() + "&action="
                            + change.action();
            delivery.execute(() -> deliver(target, body, 0));
        }
    }

    private static boolean applies(Map<String, Object> cb, CwStore.TicketChange change) {
        long objectId = ((Number) cb.get("objectId")).longValue();
        Map<String, Object> t = change.ticket();
        return switch ((String) cb.get("level")) {
            case "owner" -> true;
            case "ticket" -> objectId == change.ticketId();
            case "board" -> t != null && CwStore.id(t.get("board")) == objectId;
            case "status" -> t != null && CwStore.id(t.get("status")) == objectId;
            default -> false;
        };
    }

    private void deliver(String url, String body, int retry) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(5))
                            .header("Content-Type", "application/json")
                            .header("x-content-signature", sign(body))
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            log.add(response.statusCode() + " " + url);
            if (Set.of(404, 409, 419, 429).contains(response.statusCode()) && retry < 2) {
                TimeUnit.MILLISECONDS.sleep(retryUnitMillis * (retry == 0 ? 2 : 4));
                deliver(url, body, retry + 1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.add("failed " + url + ": " + e.getMessage());
        }
    }

    /** Base64(HMAC-SHA256(SHA256(signing_key), body)), as the Developer Guide says. */
    String sign(String body) {
        try {
            byte[] key = MessageDigest.getInstance("SHA-256").digest(signingKey.getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | java.security.InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        delivery.shutdownNow();
    }
}

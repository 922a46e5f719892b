package io.switchboard.plugins.autotask;

import io.switchboard.plugin.OutboundGuard;
import io.switchboard.plugin.RemoteFailure;
import io.switchboard.plugins.psasupport.GuardedClient;
import io.switchboard.plugins.psasupport.JsonValues;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * HTTP to one Autotask zone through the shared {@link GuardedClient} (the address the host's
 * outbound guard checked), with the three credential headers, and at most three at once per object endpoint
 * (Autotask's thread limit); every answer other than 2xx becomes a typed {@link RemoteFailure}.
 * Autotask answers most refusals with HTTP 500 and a message, so the message decides the kind.
 */
final class AtHttp implements AutoCloseable {

    static final int THREADS_PER_ENDPOINT = 3;

    /** Autotask takes files of 6-7 MB at most. */
    static final int ATTACHMENT_MAX_BYTES = 7_000_000;

    /** An answer: status and the body as text. */
    record Answer(int status, String body) {
        JsonObject json() throws RemoteFailure {
            try {
                if (JsonValues.parse(body) instanceof JsonObject o) {
                    return o;
                }
            } catch (RuntimeException e) {
                throw RemoteFailure.transientFailure(
                        "Autotask answered HTTP " + status + " with a body that is not JSON", e);
            }
            throw RemoteFailure.transientFailure("Autotask answered HTTP " + status + " without a JSON object", null);
        }
    }

    private final AtSettings settings;
    private final Duration timeout;
    private final GuardedClient http;
    private final Map<String, Semaphore> endpoints = new ConcurrentHashMap<>();

    AtHttp(AtSettings settings, OutboundGuard guard, Duration timeout, URI tlsFor) throws RemoteFailure {
        this.settings = settings;
        this.timeout = timeout;
        this.http = new GuardedClient("Autotask", guard, timeout, tlsFor);
    }

    /** The zone lookup and version list take no credentials and no thread slot. */
    Answer anonymous(URI url) throws RemoteFailure {
        return send("GET", url, null, false);
    }

    Answer call(String method, URI url, String body) throws RemoteFailure {
        Semaphore slots = endpoints.computeIfAbsent(endpoint(url), k -> new Semaphore(THREADS_PER_ENDPOINT, true));
        boolean entered;
        try {
            entered = slots.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RemoteFailure.transientFailure("interrupted while waiting for an Autotask thread", e);
        }
        if (!entered) {
            throw RemoteFailure.throttled(
                    "all " + THREADS_PER_ENDPOINT + " Autotask threads of " + endpoint(url) + " are busy",
                    Duration.ofSeconds(1));
        }
        try {
            return send(method, url, body, true);
        } finally {
            slots.release();
        }
    }

    private Answer send(String method, URI url, String body, boolean authenticated) throws RemoteFailure {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        if (authenticated) {
            headers.put("ApiIntegrationCode", settings.integrationCode());
            headers.put("UserName", settings.userName());
            headers.put("Secret", settings.secret());
            if (!settings.impersonate().isEmpty()) {
                headers.put("ImpersonationResourceId", settings.impersonate());
            }
        }
        GuardedClient.Reply reply = http.exchange(method, url, headers, body, "application/json", "Retry-After");
        Answer answer = new Answer(reply.status(), reply.body());
        if (reply.ok()) {
            return answer;
        }
        throw failure(answer, reply.header("Retry-After"), method, url);
    }

    /** The object endpoint a URL calls: its entity, the first segment after {@code V1.0/}. */
    static String endpoint(URI url) {
        String path = url.getPath();
        int at = path.toLowerCase(Locale.ROOT).indexOf("/v1.0/");
        String rest = at < 0 ? path : path.substring(at + 6);
        int slash = rest.indexOf('/');
        return (slash < 0 ? rest : rest.substring(0, slash)).toLowerCase(Locale.ROOT);
    }

    /** Autotask's {@code {"errors": ["..."]}} (or a lone {@code message}) as a typed failure. */
    static RemoteFailure failure(Answer answer, String retryAfter, String method, URI url) {
        List<String> messages = messages(answer.body());
        String joined = String.join("; ", messages);
        String detail = "Autotask " + method + " " + url.getPath() + ": HTTP " + answer.status()
                + (joined.isEmpty() ? "" : ": " + joined);
        int s = answer.status();
        if (s == 429) {
            return RemoteFailure.throttled(detail, retryAfter(retryAfter));
        }
        String m = joined.toLowerCase(Locale.ROOT);
        RemoteFailure.Kind kind;
        if (s == 401
                || m.contains("zone information could not be determined")
                || m.contains("integrationcode is invalid")) {
            kind = RemoteFailure.Kind.UNAUTHORIZED;
        } else if (s == 403 || m.contains("does not have the adequate permissions")) {
            kind = RemoteFailure.Kind.FORBIDDEN;
        } else if (s == 404) {
            kind = RemoteFailure.Kind.NOT_FOUND;
        } else if (s == 409 || s == 412) {
            kind = RemoteFailure.Kind.CONFLICT;
        } else if (s < 500
                || m.contains("invalid")
                || m.contains("required")
                || m.contains("must ")
                || m.contains("not a valid value")
                || m.contains("does not refer")
                || m.contains("limited to")
                || m.contains("exceeds")) {
            kind = RemoteFailure.Kind.INVALID;
        } else {
            kind = RemoteFailure.Kind.TRANSIENT;
        }
        return new RemoteFailure(kind, detail, null, List.of(), null);
    }

    private static List<String> messages(String body) {
        List<String> out = new ArrayList<>();
        try {
            if (JsonValues.parse(body) instanceof JsonObject o) {
                JsonValue errors = JsonValues.get(o, "errors");
                if (errors instanceof jakarta.json.JsonArray a) {
                    for (JsonValue v : a) {
                        out.add(
                                v instanceof JsonString str
                                        ? str.getString()
                                        : v instanceof JsonObject e && JsonValues.string(e, "message") != null
                                                ? JsonValues.string(e, "message")
                                                : v.toString());
                    }
                } else if (JsonValues.string(o, "message") != null) {
                    out.add(JsonValues.string(o, "message"));
                }
            }
        } catch (RuntimeException e) {
            return List.of(); // not JSON: the status says enough
        }
        return out;
    }

    static Duration retryAfter(String header) {
        return GuardedClient.retryAfter(header, Duration.ofSeconds(60));
    }

    @Override
    public void close() {
        http.close();
    }
}

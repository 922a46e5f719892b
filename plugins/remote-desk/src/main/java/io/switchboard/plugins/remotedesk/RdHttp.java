package io.switchboard.plugins.remotedesk;

import io.switchboard.plugin.ConfigProblem;
import io.switchboard.plugin.OutboundGuard;
import io.switchboard.plugin.RemoteFailure;
import io.switchboard.plugins.psasupport.GuardedClient;
import io.switchboard.plugins.psasupport.JsonValues;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HTTP to the other desk's {@code /api/v1} through the shared {@link GuardedClient} (the address
 * the host's outbound guard checked), with the bearer token; answers other than 2xx become typed
 * {@link RemoteFailure}s from their problem+json.
 */
final class RdHttp implements AutoCloseable {

    /** An answer: status, ETag, whether the other desk replayed an idempotent create, and the body. */
    record Answer(int status, String etag, boolean replayed, String body) {
        JsonValue json() throws RemoteFailure {
            try {
                return JsonValues.parse(body);
            } catch (RuntimeException e) {
                throw RemoteFailure.transientFailure("the remote desk answered HTTP " + status + " without JSON", e);
            }
        }

        JsonObject object() throws RemoteFailure {
            if (json() instanceof JsonObject o) {
                return o;
            }
            throw RemoteFailure.transientFailure(
                    "the remote desk answered HTTP " + status + " without an object", null);
        }
    }

    private final RdSettings settings;
    private final GuardedClient http;

    RdHttp(RdSettings settings, OutboundGuard guard, Duration timeout) throws RemoteFailure {
        this.settings = settings;
        this.http = new GuardedClient("the remote desk", guard, timeout, settings.root());
    }

    URI api(String pathAndQuery) {
        return URI.create(settings.root() + "/api/v1" + pathAndQuery);
    }

    Answer call(String method, String pathAndQuery, String body, Map<String, String> headers) throws RemoteFailure {
        URI url = api(pathAndQuery);
        Map<String, String> sent = new LinkedHashMap<>();
        sent.put("Accept", "application/json");
        sent.put("Authorization", "Bearer " + settings.token());
        sent.putAll(headers);
        GuardedClient.Reply reply = http.exchange(
                method, url, sent, body, "application/json", "ETag", "Idempotent-Replayed", "Retry-After");
        Answer answer = new Answer(
                reply.status(),
                reply.header("ETag"),
                "true".equalsIgnoreCase(reply.header("Idempotent-Replayed")),
                reply.body());
        if (reply.ok()) {
            return answer;
        }
        throw failure(answer, reply.header("Retry-After"), method, url);
    }

    /** RFC 9457 problem+json ({@code title}, {@code detail}, {@code errors[{field, message}]}) as a typed failure. */
    static RemoteFailure failure(Answer answer, String retryAfter, String method, URI url) {
        String detail = null;
        List<ConfigProblem> fields = new ArrayList<>();
        try {
            if (JsonValues.parse(answer.body()) instanceof JsonObject o) {
                detail = JsonValues.string(o, "detail") != null
                        ? JsonValues.string(o, "detail")
                        : JsonValues.string(o, "title");
                for (JsonObject e : JsonValues.objects(JsonValues.get(o, "errors"))) {
                    fields.add(new ConfigProblem(
                            String.valueOf(JsonValues.string(e, "field")), JsonValues.string(e, "message")));
                }
            }
        } catch (RuntimeException e) {
            detail = null; // not a problem body: the status says enough
        }
        String message = "remote desk " + method + " " + url.getPath() + ": HTTP " + answer.status()
                + (detail == null ? "" : ": " + detail) + (fields.isEmpty() ? "" : " " + fields);
        int s = answer.status();
        if (s == 429 || s == 503 && retryAfter != null) {
            return RemoteFailure.throttled(message, retryAfter(retryAfter));
        }
        RemoteFailure.Kind kind = switch (s) {
            case 401 -> RemoteFailure.Kind.UNAUTHORIZED;
            case 403 -> RemoteFailure.Kind.FORBIDDEN;
            case 404, 410 -> RemoteFailure.Kind.NOT_FOUND;
            case 409, 412, 428 -> RemoteFailure.Kind.CONFLICT;
            default -> s >= 500 ? RemoteFailure.Kind.TRANSIENT : RemoteFailure.Kind.INVALID;
        };
        return new RemoteFailure(kind, message, null, fields, null);
    }

    static Duration retryAfter(String header) {
        return GuardedClient.retryAfter(header, Duration.ofSeconds(30));
    }

    @Override
    public void close() {
        http.close();
    }
}

package io.switchboard.plugins.connectwise;

import io.switchboard.plugin.ConfigProblem;
import io.switchboard.plugin.OutboundGuard;
import io.switchboard.plugin.RemoteFailure;
import io.switchboard.plugins.psasupport.GuardedClient;
import io.switchboard.plugins.psasupport.JsonValues;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HTTP to one ConnectWise site through the shared {@link GuardedClient} (the address the host's
 * outbound guard checked, the site's name in Host and TLS), with the Basic credentials, clientId
 * and version Accept header; every answer other than 2xx becomes a typed {@link RemoteFailure}.
 */
final class CwHttp implements AutoCloseable {

    static final String ACCEPT = "application/vnd.connectwise.com+json; version=2025.1, application/json";

    /** An answer: status, the Link header, and the body as text. */
    record Answer(int status, String link, String body) {
        JsonValue json() throws RemoteFailure {
            try {
                return JsonValues.parse(body);
            } catch (RuntimeException e) {
                throw RemoteFailure.transientFailure(
                        "ConnectWise answered HTTP " + status + " with a body that is not JSON", e);
            }
        }
    }

    private final URI site;
    private final String auth;
    private final String clientId;
    private final GuardedClient http;

    CwHttp(
            URI site,
            String company,
            String publicKey,
            String privateKey,
            String clientId,
            OutboundGuard guard,
            Duration timeout)
            throws RemoteFailure {
        this.site = site;
        this.auth = "Basic "
                + Base64.getEncoder()
                        .encodeToString(
                                (company + "+" + publicKey + ":" + privateKey).getBytes(StandardCharsets.UTF_8));
        this.clientId = clientId;
        this.http = new GuardedClient("ConnectWise", guard, timeout, site);
    }

    URI site() {
        return site;
    }

    /** A request to {@code url} (absolute, on the site) without credentials, as for company info. */
    Answer anonymous(URI url) throws RemoteFailure {
        return call("GET", url, null, null, Map.of(), false);
    }

    Answer call(String method, URI url, String body, String contentType, Map<String, String> headers)
            throws RemoteFailure {
        return call(method, url, body, contentType, headers, true);
    }

    private Answer call(
            String method, URI url, String body, String contentType, Map<String, String> headers, boolean authenticated)
            throws RemoteFailure {
        Map<String, String> sent = new LinkedHashMap<>();
        sent.put("Accept", ACCEPT);
        sent.put("Cache-Control", "no-cache");
        if (authenticated) {
            sent.put("Authorization", auth);
            sent.put("clientId", clientId);
        }
        sent.putAll(headers);
        GuardedClient.Reply reply = http.exchange(method, url, sent, body, contentType, "Link", "Retry-After");
        Answer answer = new Answer(reply.status(), reply.header("Link"), reply.body());
        if (reply.ok()) {
            return answer;
        }
        throw failure(answer, reply.header("Retry-After"), method, url);
    }

    /** The documented envelope ({@code code|error}, {@code message}, {@code errors[]}) as a typed failure. */
    static RemoteFailure failure(Answer answer, String retryAfter, String method, String url) {
        return failure(answer, retryAfter, method, URI.create(url));
    }

    private static RemoteFailure failure(Answer answer, String retryAfter, String method, URI url) {
        String code = null;
        String message = null;
        List<ConfigProblem> fields = new ArrayList<>();
        try {
            if (JsonValues.parse(answer.body()) instanceof JsonObject o) {
                code = JsonValues.string(o, "code") != null
                        ? JsonValues.string(o, "code")
                        : JsonValues.string(o, "error");
                message = JsonValues.string(o, "message");
                for (JsonObject e : JsonValues.objects(JsonValues.get(o, "errors"))) {
                    String field = JsonValues.string(e, "field");
                    fields.add(new ConfigProblem(field == null ? "" : field, JsonValues.string(e, "message")));
                }
            }
        } catch (RuntimeException e) {
            message = null; // not the envelope: the status says enough
        }
        String detail = "ConnectWise " + method + " " + url.getPath() + ": HTTP " + answer.status()
                + (code == null ? "" : " " + code) + (message == null ? "" : ": " + message)
                + (fields.isEmpty() ? "" : " " + fields);
        int s = answer.status();
        if (s == 429) {
            return RemoteFailure.throttled(detail, retryAfter(retryAfter));
        }
        RemoteFailure.Kind kind = switch (s) {
            case 401 -> RemoteFailure.Kind.UNAUTHORIZED;
            case 403 -> RemoteFailure.Kind.FORBIDDEN;
            case 404 -> RemoteFailure.Kind.NOT_FOUND;
            case 409, 412 -> RemoteFailure.Kind.CONFLICT;
            case 400, 405, 415, 422 -> RemoteFailure.Kind.INVALID;
            default -> s >= 500 ? RemoteFailure.Kind.TRANSIENT : RemoteFailure.Kind.INVALID;
        };
        if (s >= 500 && message != null && message.toLowerCase().contains("timeout")) {
            kind = RemoteFailure.Kind.TRANSIENT;
        }
        return new RemoteFailure(kind, detail, null, fields, null);
    }

    static Duration retryAfter(String header) {
        return GuardedClient.retryAfter(header, Duration.ofSeconds(30));
    }

    @Override
    public void close() {
        http.close();
    }
}

package io.switchboard.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A small client for the API under test: one user, JSON in and out, nothing hidden. */
public final class Api {

    public static final String BASE = System.getProperty("switchboard.url", "http://localhost:9181");
    /**
     * HTTP/1.1, as browsers and curl speak to an http:// URL. With the JDK's default (an h2c
     * upgrade), 16 callers at once left every Liberty executor thread waiting in its HTTP/2 write
     * path and the server stopped answering (seen in RateLimitIT on a loaded machine).
     */
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final String authorization;

    private Api(String authorization) {
        this.authorization = authorization;
    }

    public static Api as(String user) {
        return as(user, "switchboard");
    }

    public static Api as(String user, String password) {
        return new Api("Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public static Api withToken(String token) {
        return new Api("Bearer " + token);
    }

    public static Api anonymous() {
        return new Api(null);
    }

    public Reply get(String path) {
        return send(request(path).GET(), null);
    }

    /**
     * Whether the application answers 200 at the path: a readiness probe, not an API exchange.
     * While a server starts, Liberty answers 404 for an application not yet deployed; those
     * answers are not the API's, so they are not checked against its document.
     */
    public boolean isUp(String path) {
        try {
            return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply get(String path, Map<String, String> headers) {
        HttpRequest.Builder r = request(path).GET();
        headers.forEach(r::header);
        return send(r, null);
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(body(json)), bytes(json));
    }

    public Reply post(String path, String json, Map<String, String> headers) {
        HttpRequest.Builder r =
                request(path).header("Content-Type", "application/json").POST(body(json));
        headers.forEach(r::header);
        return send(r, bytes(json));
    }

    public Reply put(String path, String json, String ifMatch) {
        HttpRequest.Builder r =
                request(path).header("Content-Type", "application/json").PUT(body(json));
        if (ifMatch != null) {
            r.header("If-Match", ifMatch);
        }
        return send(r, bytes(json));
    }

    public Reply patch(String path, String json, String ifMatch) {
        HttpRequest.Builder r =
                request(path).header("Content-Type", "application/json").method("PATCH", body(json));
        if (ifMatch != null) {
            r.header("If-Match", ifMatch);
        }
        return send(r, bytes(json));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE(), null);
    }

    public Reply raw(String method, String path, String contentType, byte[] content) {
        HttpRequest.Builder r = request(path).method(method, HttpRequest.BodyPublishers.ofByteArray(content));
        if (contentType != null) {
            r.header("Content-Type", contentType);
        }
        return send(r, content);
    }

    /** A multipart/form-data upload of one file part named {@code file}. */
    public Reply upload(String path, String filename, byte[] content) {
        return upload(path, "file", filename, content);
    }

    /** A multipart/form-data upload of one file part with the given name. */
    public Reply upload(String path, String part, String filename, byte[] content) {
        String boundary = "----sb" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                        + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(content, 0, all, head.length, content.length);
        System.arraycopy(tail, 0, all, head.length + content.length, tail.length);
        return raw("POST", path, "multipart/form-data; boundary=" + boundary, all);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : BASE + path))
                .timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            r.header("Authorization", authorization);
        }
        return r;
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
    }

    /**
     * Sends the request and checks the exchange against the API document the server serves
     * (ContractCheck): a mismatch fails the test that made it.
     */
    private static Reply send(HttpRequest.Builder builder, byte[] body) {
        try {
            HttpRequest request = builder.build();
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
            Reply reply = new Reply(response.statusCode(), headers, response.body());
            ContractCheck.exchange(request, body, response.headers().map(), reply);
            return reply;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP answer: status, headers (lower-case names) and body. */
    public record Reply(int status, Map<String, String> headers, byte[] bytes) {

        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public JsonObject json() {
            return Json.createReader(new StringReader(text())).readObject();
        }

        public JsonArray array() {
            return Json.createReader(new StringReader(text())).readArray();
        }

        /** The items of a page ({@code {items,total,page,pageSize}}), the shape of every collection. */
        public JsonArray items() {
            return json().getJsonArray("items");
        }

        /** The number of items of a page's whole collection. */
        public long total() {
            return json().getJsonNumber("total").longValue();
        }

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }

        public String etag() {
            return header("etag");
        }

        public boolean isProblem() {
            return String.valueOf(header("content-type")).startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + text();
        }
    }

    /** Shorthand for building JSON bodies in tests. */
    public static String json(Object... keyValues) {
        var b = Json.createObjectBuilder();
        for (int i = 0; i < keyValues.length; i += 2) {
            String key = (String) keyValues[i];
            Object v = keyValues[i + 1];
            if (v == null) {
                b.addNull(key);
            } else if (v instanceof String s) {
                b.add(key, s);
            } else if (v instanceof Integer n) {
                b.add(key, n);
            } else if (v instanceof Long n) {
                b.add(key, n);
            } else if (v instanceof Boolean bool) {
                b.add(key, bool);
            } else if (v instanceof JsonValue jv) {
                b.add(key, jv);
            } else {
                throw new IllegalArgumentException("Unsupported JSON value: " + v);
            }
        }
        return b.build().toString();
    }
}

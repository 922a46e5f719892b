package io.switchboard.plugins.autotask;

import io.switchboard.plugin.RemoteFailure;
import io.switchboard.plugins.psasupport.JsonValues;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The REST API of one zone: entity paths in, parsed JSON out; queries are POSTed and their pages followed. */
final class AtApi {

    /** One page of a query: its items and the URL of the next page (null on the last). */
    record Page(List<JsonObject> items, URI next) {}

    private final AtHttp http;
    private final String root;

    AtApi(AtHttp http, String zoneUrl) {
        this.http = http;
        this.root = zoneUrl.replaceAll("/+$", "") + "/V1.0/";
    }

    String root() {
        return root;
    }

    /** The first page of a query; {@code model} is a QueryModel written by {@link QueryFilter#query}. */
    Page query(String entity, String model) throws RemoteFailure {
        return page(http.call("POST", uri(entity + "/query"), model).json());
    }

    /** The next page, asked the way the first was (POST with the same body). */
    Page next(URI next, String model) throws RemoteFailure {
        return page(http.call("POST", next, model).json());
    }

    /** Every item of a query, page after page. */
    List<JsonObject> all(String entity, String model) throws RemoteFailure {
        List<JsonObject> out = new ArrayList<>();
        Page p = query(entity, model);
        out.addAll(p.items());
        while (p.next() != null) {
            p = next(p.next(), model);
            out.addAll(p.items());
        }
        return out;
    }

    long count(String entity, String model) throws RemoteFailure {
        JsonObject o = http.call("POST", uri(entity + "/query/count"), model).json();
        String n = JsonValues.string(o, "queryCount");
        return n == null ? -1 : Long.parseLong(n);
    }

    Optional<JsonObject> item(String path) throws RemoteFailure {
        try {
            return Optional.ofNullable(
                    JsonValues.object(http.call("GET", uri(path), null).json(), "item"));
        } catch (RemoteFailure e) {
            if (e.kind() == RemoteFailure.Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    JsonObject get(String path) throws RemoteFailure {
        return http.call("GET", uri(path), null).json();
    }

    /** POST or PATCH; Autotask answers {@code {"itemId": N}}. */
    String write(String method, String path, String body) throws RemoteFailure {
        JsonObject o = http.call(method, uri(path), body).json();
        String id = JsonValues.string(o, "itemId");
        if (id == null) {
            JsonObject item = JsonValues.object(o, "item");
            id = item == null ? JsonValues.string(o, "id") : JsonValues.string(item, "id");
        }
        if (id == null) {
            throw RemoteFailure.transientFailure(
                    "Autotask answered " + method + " " + path + " without an itemId", null);
        }
        return id;
    }

    void delete(String path) throws RemoteFailure {
        http.call("DELETE", uri(path), null);
    }

    URI uri(String path) {
        return URI.create(root + path);
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Page page(JsonObject o) {
        JsonObject details = JsonValues.object(o, "pageDetails");
        String next = JsonValues.string(details, "nextPageUrl");
        return new Page(
                JsonValues.objects(JsonValues.get(o, "items")),
                next == null || next.isBlank() ? null : URI.create(next));
    }
}

package io.switchboard.plugins.connectwise;

import io.switchboard.plugin.RemoteFailure;
import io.switchboard.plugins.psasupport.JsonValues;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Manage API of one site and codebase: paths and query parameters in, parsed JSON out. */
final class CwApi {

    private final CwHttp http;
    private final String root;

    CwApi(CwHttp http, String codebase) {
        this.http = http;
        String base = http.site().toString().replaceAll("/+$", "");
        this.root = base + "/" + codebase.replaceAll("^/+|/+$", "") + "/apis/3.0";
    }

    String root() {
        return root;
    }

    CwHttp.Answer get(String path, Map<String, String> query) throws RemoteFailure {
        return http.call("GET", uri(path, query), null, null, Map.of());
    }

    List<JsonObject> list(String path, Map<String, String> query) throws RemoteFailure {
        JsonValue v = get(path, query).json();
        return JsonValues.objects(v);
    }

    JsonObject object(String method, String path, String body) throws RemoteFailure {
        CwHttp.Answer a = http.call(method, uri(path, Map.of()), body, "application/json", Map.of());
        JsonValue v = a.json();
        if (!(v instanceof JsonObject o)) {
            throw RemoteFailure.transientFailure(
                    "ConnectWise answered " + method + " " + path + " without an object", null);
        }
        return o;
    }

    void delete(String path) throws RemoteFailure {
        http.call("DELETE", uri(path, Map.of()), null, null, Map.of());
    }

    CwHttp.Answer multipart(String path, byte[] body, String boundary) throws RemoteFailure {
        return http.call(
                "POST",
                uri(path, Map.of()),
                new String(body, StandardCharsets.ISO_8859_1),
                "multipart/form-data; boundary=" + boundary,
                Map.of());
    }

    URI uri(String path, Map<String, String> query) {
        StringBuilder sb = new StringBuilder(root).append(path);
        char sep = '?';
        for (Map.Entry<String, String> e : new LinkedHashMap<>(query).entrySet()) {
            sb.append(sep)
                    .append(e.getKey())
                    .append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)
                            .replace("+", "%20"));
            sep = '&';
        }
        return URI.create(sb.toString());
    }
}

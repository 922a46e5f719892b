package io.switchboard.plugins.remotedesk;

import io.switchboard.plugin.RemoteFailure;
import io.switchboard.plugins.psasupport.JsonValues;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every item of one of the other desk's collections: pages of {@code {items,total,page,pageSize}}
 * followed to the end. A desk from before paged collections answers with a bare array, taken whole.
 */
final class RdPages {

    static final int PAGE_SIZE = 200;
    /** Far more than any desk's catalogue or ticket thread: a bound against a remote that never ends. */
    private static final int MAX_PAGES = 500;

    private RdPages() {}

    static List<JsonObject> all(RdHttp http, String path) throws RemoteFailure {
        List<JsonObject> all = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        for (int page = 1; page <= MAX_PAGES; page++) {
            JsonValue answer = http.call(
                            "GET", path + separator + "page=" + page + "&pageSize=" + PAGE_SIZE, null, Map.of())
                    .json();
            if (!(answer instanceof JsonObject pageObject)) {
                return JsonValues.objects(answer);
            }
            List<JsonObject> items = JsonValues.objects(pageObject.get("items"));
            all.addAll(items);
            if (items.isEmpty() || all.size() >= total(pageObject)) {
                break;
            }
        }
        return all;
    }

    /** The items of one page (or of a bare array). */
    static List<JsonObject> items(JsonValue answer) {
        return answer instanceof JsonObject page ? JsonValues.objects(page.get("items")) : JsonValues.objects(answer);
    }

    private static long total(JsonObject page) {
        return page.get("total") instanceof JsonNumber n ? n.longValue() : Long.MAX_VALUE;
    }
}

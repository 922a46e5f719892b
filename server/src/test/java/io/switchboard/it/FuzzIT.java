package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, finding 4: generated hostile bodies against every operation of the API document that
 * takes a body. None may get a 5xx, every refusal is problem+json, none is accepted (each body is
 * broken or carries a field no endpoint knows), and the data reads the same afterwards.
 */
class FuzzIT {

    private static final int BODIES_PER_OPERATION = 50;
    private static final long SEED = Long.getLong("switchboard.fuzz.seed", 20261202L);
    private final Api admin = Api.as("admin");

    /** Every POST, PUT and PATCH that the API document says takes a request body. */
    private List<String[]> writeOperations() {
        JsonObject paths = Api.anonymous()
                .get("/openapi", Map.of("Accept", "application/json"))
                .json()
                .getJsonObject("paths");
        List<String[]> ops = new ArrayList<>();
        for (String path : paths.keySet()) {
            JsonObject item = paths.getJsonObject(path);
            for (String method : List.of("post", "put", "patch")) {
                if (item.containsKey(method) && item.getJsonObject(method).containsKey("requestBody")) {
                    ops.add(new String[] {method.toUpperCase(), path.replaceAll("\\{[^}]+}", "1")});
                }
            }
        }
        return ops;
    }

    /** What the database holds, as the API shows it: counts and the settings a write could change. */
    private Map<String, String> snapshot() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("tickets", Long.toString(Fixtures.total(admin, "includeClosed=true")));
        for (String list : List.of(
                "/api/v1/companies",
                "/api/v1/contacts",
                "/api/v1/agents",
                "/api/v1/boards",
                "/api/v1/categories",
                "/api/v1/canned-replies",
                "/api/v1/views",
                "/api/v1/plugins/instances",
                "/api/v1/psa/connections",
                "/api/v1/admin/tokens")) {
            Api.Reply reply = admin.get(list);
            assertEquals(200, reply.status(), list + ": " + reply);
            String text = reply.text().strip();
            state.put(
                    list,
                    text.startsWith("[")
                            ? Integer.toString(reply.array().size())
                            : reply.json().containsKey("total")
                                    ? Long.toString(reply.total())
                                    : reply.json().toString().length() + "");
        }
        for (String settings :
                List.of("/api/v1/sla-policies", "/api/v1/workflow", "/api/v1/me/notification-settings")) {
            state.put(settings, admin.get(settings).text());
        }
        return state;
    }

    @Test
    void generatedBodiesNeverGetA5xxAlwaysAProblemAndChangeNothing() {
        List<String[]> ops = writeOperations();
        assertTrue(ops.size() >= 40, "the document lists the write operations, found " + ops.size());
        Map<String, String> before = snapshot();
        Random random = new Random(SEED);
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (String[] op : ops) {
            for (int i = 0; i < BODIES_PER_OPERATION; i++) {
                byte[] body = HostileBodies.any(random);
                String type = random.nextInt(10) == 0 ? "application/merge-patch+json" : "application/json";
                Api.Reply reply = admin.raw(op[0], op[1], type, body);
                sent++;
                if (reply.status() >= 500 || reply.status() < 400 || !reply.isProblem()) {
                    wrong.add(op[0] + " " + op[1] + " -> " + reply.status() + " " + reply.header("content-type")
                            + " for " + HostileBodies.describe(body));
                }
            }
        }
        assertEquals(List.of(), wrong.subList(0, Math.min(wrong.size(), 40)), wrong.size() + " of " + sent + " wrong");
        assertTrue(sent >= 2_000, "sent " + sent);
        assertEquals(before, snapshot(), "the fuzzing changed data");
    }

    /** Bodies that no endpoint may accept: broken JSON, JSON past its bounds, or objects with an unknown field. */
    static final class HostileBodies {

        private static final String[] FIELDS = {
            "summary",
            "name",
            "priority",
            "status",
            "type",
            "description",
            "email",
            "username",
            "roles",
            "expiresAt",
            "firstResponseMinutes",
            "resolutionMinutes",
            "calendar",
            "companyId",
            "contactId",
            "assigneeId",
            "tags",
            "body",
            "internal",
            "active",
            "config",
            "url",
            "minutes",
            "query",
            "ids"
        };

        private static final List<Function<Random, String>> SHAPES = List.of(
                r -> "[".repeat(33 + r.nextInt(1500)) + "]".repeat(r.nextInt(2) == 0 ? 0 : 40),
                r -> "{\"" + field(r) + "\":" + "{\"a\":".repeat(33 + r.nextInt(500)) + "1" + "}".repeat(10),
                r -> "{\"" + field(r) + "\":" + "9".repeat(41 + r.nextInt(3000)) + "}",
                r -> "{\"" + field(r) + "\":-0." + "1".repeat(41 + r.nextInt(200)) + "e99999}",
                r -> "{\"" + field(r) + "\":\"" + "x".repeat(200_001 + r.nextInt(1000)) + "\"}",
                r -> objectWithUnknownField(r) + trailing(r),
                r -> objectWithUnknownField(r),
                r -> truncated(objectWithUnknownField(r), r),
                r -> "[" + objectWithUnknownField(r) + "," + objectWithUnknownField(r) + "]",
                r -> List.of("null", "true", "false", "0", "-1", "\"text\"", "[]", "\"\"", "1e309", "[null]")
                        .get(r.nextInt(10)),
                r -> List.of(
                                "",
                                " ",
                                "\n",
                                "{",
                                "}",
                                "{\"a\"}",
                                "{'a':1}",
                                "{a:1}",
                                "[1,]",
                                "{\"a\":1,}",
                                "NaN",
                                "Infinity",
                                "undefined",
                                "{\"a\":01}",
                                "{\"a\":.5}",
                                "{\"a\":\"\\u12\"}")
                        .get(r.nextInt(16)),
                r -> "{\"" + field(r) + "\":\"" + junk(r) + "\",\"__fuzz\":1}");

        static byte[] any(Random random) {
            if (random.nextInt(25) == 0) { // not UTF-8 at all
                byte[] bytes = new byte[1 + random.nextInt(64)];
                random.nextBytes(bytes);
                bytes[0] = (byte) 0xC3;
                return bytes;
            }
            return SHAPES.get(random.nextInt(SHAPES.size())).apply(random).getBytes(StandardCharsets.UTF_8);
        }

        static String describe(byte[] body) {
            String text = new String(body, StandardCharsets.UTF_8);
            return body.length + " bytes: " + (text.length() > 80 ? text.substring(0, 80) + "..." : text);
        }

        private static String field(Random r) {
            return FIELDS[r.nextInt(FIELDS.length)];
        }

        private static String objectWithUnknownField(Random r) {
            StringBuilder json =
                    new StringBuilder("{\"__fuzz_").append(r.nextInt(1000)).append("\":true");
            for (int i = r.nextInt(5); i > 0; i--) {
                json.append(",\"").append(field(r)).append("\":").append(value(r));
            }
            return json.append('}').toString();
        }

        private static String value(Random r) {
            return switch (r.nextInt(9)) {
                case 0 -> "null";
                case 1 -> Long.toString(r.nextLong());
                case 2 -> "9223372036854775808";
                case 3 -> "-1e30";
                case 4 -> "\"" + junk(r) + "\"";
                case 5 -> "[" + r.nextInt() + ",\"x\",null]";
                case 6 -> "{\"nested\":{\"deeper\":[1,2,3]}}";
                case 7 -> r.nextBoolean() ? "true" : "false";
                default -> "\"2026-13-45T99:99:99Z\"";
            };
        }

        private static String truncated(String json, Random r) {
            return json.substring(0, 1 + r.nextInt(json.length() - 1));
        }

        private static String trailing(Random r) {
            return List.of(" {}", "x", ",", "]", " \"more\"", "\u0000", " 1", "{\"a\":1}")
                    .get(r.nextInt(8));
        }

        private static String junk(Random r) {
            String[] pieces = {
                "<script>alert(1)</script>",
                "\\u0000",
                "\\ud800",
                "' OR 1=1 --",
                "${jndi:ldap://x}",
                "%00",
                "\\\\",
                "\\\"",
                "é",
                "\u202e",
                "../../etc/passwd",
                "TKT-",
                "9".repeat(50)
            };
            StringBuilder s = new StringBuilder();
            for (int i = 1 + r.nextInt(4); i > 0; i--) {
                s.append(pieces[r.nextInt(pieces.length)]);
            }
            return s.toString();
        }
    }
}

package io.switchboard.it;

import static io.switchboard.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parser kind, end to end: an active parser instance (plugins/parser-plugin) replaces the
 * built-in parser for {@code POST /tickets/parse} (which quick create calls through the same use
 * case), its names are matched against the catalogue by the core, and when it throws or hangs
 * the built-in parser answers with a warning saying so.
 */
class ParserPluginIT {

    private static final Path PARSER = Path.of(System.getProperty(
            "switchboard.it.parser-jar", "../plugins/parser-plugin/target/parser-plugin-1.0.0-SNAPSHOT.jar"));

    private static final String SENTENCE = "Outlook not syncing for Acme Corp, high priority, assign to me";

    private final Api agent = Api.as("agent");

    @Test
    void anActiveParserPluginReplacesTheBuiltInOneAndFallsBackToItOnFailure() {
        String id = PluginJars.uniqueId("example-parser");
        Plugins.installed(PluginJars.as(PARSER, id, "1.0.0"));
        long instance = parserInstance(id, "parse");
        try {
            JsonObject draft =
                    parse("summary: Mailbox full; company: Globx; priority: HIGH; assignee: me; colour: red");
            assertEquals("Mailbox full", draft.getString("summary"), draft.toString());
            assertEquals("Globex Corporation", draft.getJsonObject("company").getString("name"));
            assertEquals("high", draft.getString("priority"));
            assertEquals("agent", draft.getJsonObject("assignee").getString("username"));
            assertEquals(List.of("board"), strings(draft, "missingFields"));
            String warnings = draft.getJsonArray("warnings").toString();
            assertTrue(warnings.contains("\"company\""), "a fuzzy name is a guess: " + warnings);
            assertTrue(warnings.contains("\"colour\""), "an unknown field is reported: " + warnings);

            JsonObject unknown = parse("summary: Fax broken; company: Nonexistent Holdings; board: Nowhere");
            assertTrue(!unknown.containsKey("company") || unknown.isNull("company"), unknown.toString());
            assertTrue(strings(unknown, "missingFields").contains("company"), unknown.toString());
            assertTrue(unknown.getJsonArray("warnings").toString().contains("Nonexistent Holdings"));

            configure(instance, "fail");
            assertBuiltInAnsweredAfterFailure(parse(SENTENCE));

            configure(instance, "hang");
            long started = System.nanoTime();
            JsonObject afterHang = parse(SENTENCE);
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertBuiltInAnsweredAfterFailure(afterHang);
            assertTrue(millis < 8_000, "a hung parser is given up after its timeout, took " + millis + " ms");

            Api.Reply off = Plugins.ADMIN.patch("/api/v1/plugins/instances/" + instance, json("enabled", false), null);
            assertEquals(200, off.status(), off.toString());
            JsonObject builtIn = parse(SENTENCE);
            assertEquals("Outlook not syncing", builtIn.getString("summary"));
            assertFalse(builtIn.getJsonArray("warnings").toString().contains("parser"), builtIn.toString());
        } finally {
            Plugins.deleteInstance(instance);
            Plugins.remove(id);
        }
    }

    private static void assertBuiltInAnsweredAfterFailure(JsonObject draft) {
        assertEquals("Outlook not syncing", draft.getString("summary"), draft.toString());
        assertEquals("Acme Corp", draft.getJsonObject("company").getString("name"));
        String warnings = draft.getJsonArray("warnings").toString();
        assertTrue(warnings.contains("\"parser\"") && warnings.contains("built-in parser"), warnings);
    }

    private JsonObject parse(String text) {
        Api.Reply r = agent.post("/api/v1/tickets/parse", json("text", text));
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private static List<String> strings(JsonObject o, String key) {
        return o.getJsonArray(key).getValuesAs(JsonString::getString);
    }

    private static long parserInstance(String pluginId, String mode) {
        Api.Reply r = Plugins.ADMIN.post(
                "/api/v1/plugins/instances",
                json(
                        "plugin",
                        pluginId,
                        "kind",
                        "parser",
                        "factory",
                        "labelled-fields",
                        "name",
                        "Labelled " + pluginId,
                        "config",
                        Json.createObjectBuilder().add("mode", mode).build()));
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    private static void configure(long instance, String mode) {
        Api.Reply r = Plugins.ADMIN.patch(
                "/api/v1/plugins/instances/" + instance,
                json("config", Json.createObjectBuilder().add("mode", mode).build())
                        .toString(),
                null);
        assertEquals(200, r.status(), r.toString());
    }
}

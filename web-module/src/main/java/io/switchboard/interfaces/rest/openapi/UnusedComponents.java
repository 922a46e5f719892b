package io.switchboard.interfaces.rest.openapi;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** Drops component schemas no operation reaches (the placeholders the annotation scan leaves behind). */
final class UnusedComponents {

    private static final String PREFIX = "#/components/schemas/";

    private UnusedComponents() {}

    static void prune(OpenAPI api) {
        Map<String, Schema> all = api.getComponents().getSchemas();
        if (all == null) {
            return;
        }
        Set<String> reached = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        OpenAPI pathsOnly =
                org.eclipse.microprofile.openapi.OASFactory.createOpenAPI().paths(api.getPaths());
        SchemaWalk.each(pathsOnly, s -> enqueue(s, todo));
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (reached.add(name) && all.containsKey(name)) {
                OpenAPI one = org.eclipse.microprofile.openapi.OASFactory.createOpenAPI()
                        .components(org.eclipse.microprofile.openapi.OASFactory.createComponents()
                                .addSchema(name, all.get(name)));
                SchemaWalk.each(one, s -> enqueue(s, todo));
            }
        }
        Map<String, Schema> kept = new LinkedHashMap<>();
        all.forEach((name, schema) -> {
            if (reached.contains(name)) {
                kept.put(name, schema);
            }
        });
        api.getComponents().setSchemas(kept);
    }

    private static void enqueue(Schema schema, Deque<String> todo) {
        if (schema.getRef() != null && schema.getRef().startsWith(PREFIX)) {
            todo.push(schema.getRef().substring(PREFIX.length()));
        }
    }
}

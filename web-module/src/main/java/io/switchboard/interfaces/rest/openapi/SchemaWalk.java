package io.switchboard.interfaces.rest.openapi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** Visits every schema of a document once: components, parameters, bodies and answers, nested ones too. */
final class SchemaWalk {

    private final Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Consumer<Schema> visitor;

    private SchemaWalk(Consumer<Schema> visitor) {
        this.visitor = visitor;
    }

    static void each(OpenAPI api, Consumer<Schema> visitor) {
        SchemaWalk walk = new SchemaWalk(visitor);
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            new ArrayList<>(api.getComponents().getSchemas().values()).forEach(walk::schema);
        }
        if (api.getComponents() != null && api.getComponents().getHeaders() != null) {
            api.getComponents().getHeaders().values().forEach(h -> walk.schema(h.getSchema()));
        }
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().getPathItems().values().forEach(item -> {
            if (item.getParameters() != null) {
                item.getParameters().forEach(p -> walk.schema(p.getSchema()));
            }
            item.getOperations().values().forEach(walk::operation);
        });
    }

    private void operation(Operation op) {
        if (op.getParameters() != null) {
            op.getParameters().forEach(p -> schema(p.getSchema()));
        }
        if (op.getRequestBody() != null) {
            content(op.getRequestBody().getContent());
        }
        if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
            op.getResponses().getAPIResponses().values().forEach(r -> {
                content(r.getContent());
                if (r.getHeaders() != null) {
                    r.getHeaders().values().forEach(h -> schema(h.getSchema()));
                }
            });
        }
    }

    private void content(Content content) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> schema(m.getSchema()));
        }
    }

    private void schema(Schema schema) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        visitor.accept(schema);
        if (schema.getProperties() != null) {
            new ArrayList<>(schema.getProperties().values()).forEach(this::schema);
        }
        schema(schema.getItems());
        schema(schema.getNot());
        if (schema.getAdditionalPropertiesSchema() != null) {
            schema(schema.getAdditionalPropertiesSchema());
        }
        for (List<Schema> list : new List[] {schema.getAllOf(), schema.getOneOf(), schema.getAnyOf()}) {
            if (list != null) {
                new ArrayList<>(list).forEach(this::schema);
            }
        }
    }
}

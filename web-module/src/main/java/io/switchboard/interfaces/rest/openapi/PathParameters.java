package io.switchboard.interfaces.rest.openapi;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Path parameters with what they accept and an example each, so example-driven tools can call
 * every operation: ticket references take an id or a number, agent references "me"; list
 * parameters get their examples as lists.
 */
final class PathParameters {

    private static final String TICKET_REF = "^([1-9][0-9]*|TKT-[0-9]+)$";

    private static final Map<String, Object> EXAMPLES = Map.of(
            "ref", "TKT-000123",
            "agent", "me",
            "priority", "high",
            "kind", "boards",
            "remoteId", "48213",
            "connection", 1,
            "address", "megan@acme.com");

    private PathParameters() {}

    static void complete(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter p : operation.getParameters()) {
            listExample(p);
            if (p.getIn() != Parameter.In.PATH) {
                continue;
            }
            if ("ref".equals(p.getName())) {
                p.setSchema(OASFactory.createSchema().type(SchemaType.STRING).pattern(TICKET_REF));
                if (p.getDescription() == null) {
                    p.setDescription("The ticket's id or its number (TKT-000123)");
                }
            }
            if (p.getExample() == null
                    && (p.getExamples() == null || p.getExamples().isEmpty())) {
                p.setExample(example(p));
            }
        }
    }

    /**
     * A list parameter (status=new,open) is an array in the document, so its example is the array
     * the comma-separated text stands for: annotations can only write it as that text.
     */
    private static void listExample(Parameter p) {
        if (p.getSchema() == null || p.getSchema().getType() != SchemaType.ARRAY || p.getExample() == null) {
            return;
        }
        if (p.getExample() instanceof String text) {
            p.setExample(java.util.Arrays.stream(text.split(","))
                    .map(String::strip)
                    .map(v -> isInteger(p.getSchema().getItems()) ? (Object) Long.valueOf(v) : v)
                    .toList());
        } else if (!(p.getExample() instanceof java.util.List)) {
            p.setExample(List.of(p.getExample()));
        }
    }

    private static boolean isInteger(Schema items) {
        return items != null && items.getType() == SchemaType.INTEGER;
    }

    private static Object example(Parameter p) {
        Object named = EXAMPLES.get(p.getName());
        if (named != null) {
            return named;
        }
        Schema schema = p.getSchema();
        if (schema != null && schema.getType() == SchemaType.INTEGER) {
            return 1;
        }
        if (schema != null
                && schema.getEnumeration() != null
                && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        return "1";
    }
}

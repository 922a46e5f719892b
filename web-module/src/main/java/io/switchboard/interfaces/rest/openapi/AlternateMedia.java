package io.switchboard.interfaces.rest.openapi;

import jakarta.ws.rs.Produces;
import java.lang.reflect.Method;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * An operation's answer in another media type, served by a hidden method on the same path and
 * verb (JAX-RS picks it by Accept): the ticket list as text/csv. The document gives the 200 that
 * media type too, as text described by the hidden method's summary.
 */
final class AlternateMedia {

    private AlternateMedia() {}

    static void add(Operation operation, List<Method> alternates) {
        APIResponse ok = operation.getResponses() == null
                ? null
                : operation.getResponses().getAPIResponse("200");
        if (ok == null || alternates.isEmpty()) {
            return;
        }
        if (ok.getContent() == null) {
            ok.setContent(OASFactory.createContent());
        }
        for (Method method : alternates) {
            Produces produces = method.getAnnotation(Produces.class);
            if (produces == null) {
                continue;
            }
            String summary = method.getAnnotation(org.eclipse.microprofile.openapi.annotations.Operation.class)
                    .summary();
            for (String media : produces.value()) {
                ok.getContent()
                        .addMediaType(
                                media.split(";")[0].strip(),
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema()
                                                .type(Schema.SchemaType.STRING)
                                                .description(summary)));
            }
        }
    }
}

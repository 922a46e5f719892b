package io.switchboard.interfaces.rest.http;

import io.switchboard.interfaces.rest.json.JsonBounds;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Checks every JSON request body against {@link JsonBounds} before any resource or binder reads
 * it, so no endpoint can forget to. Runs after {@link BodyLimitFilter}, whose size cap bounds the
 * buffer.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 50)
public class JsonBoundsFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (!request.hasEntity() || type == null || !isJson(type)) {
            return;
        }
        byte[] body;
        try {
            body = request.getEntityStream().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (body.length > 0) {
            JsonBounds.check(body);
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    private static boolean isJson(MediaType type) {
        String subtype = type.getSubtype().toLowerCase();
        return subtype.equals("json") || subtype.endsWith("+json");
    }
}

package io.switchboard.interfaces.rest.http;

import io.switchboard.domain.shared.PayloadTooLargeException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses bodies over 1 MiB with 413 before they are read, whether or not the client declared
 * a length. Attachment uploads have their own, larger limit.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodyLimitFilter implements ContainerRequestFilter {

    public static final long JSON_LIMIT = 1024 * 1024;
    /** Room for the attachment limit plus multipart framing. */
    public static final long UPLOAD_LIMIT = 10L * 1024 * 1024 + 64 * 1024;
    /** Plugin jars (switchboard.plugins.max-jar-bytes, 25 MiB by default) plus multipart framing. */
    public static final long PLUGIN_LIMIT = 25L * 1024 * 1024 + 64 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        long limit = path.endsWith("/attachments")
                ? UPLOAD_LIMIT
                : path.matches("/?plugins/?") && "POST".equals(request.getMethod()) ? PLUGIN_LIMIT : JSON_LIMIT;
        if (request.getLength() > limit) {
            throw tooLarge(limit);
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Bounded(request.getEntityStream(), limit));
        }
    }

    static PayloadTooLargeException tooLarge(long limit) {
        return new PayloadTooLargeException("The request body is larger than the limit of " + limit + " bytes.");
    }

    /** Counts bytes as they are read and stops at the limit. */
    private static final class Bounded extends FilterInputStream {
        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) {
            read += n;
            if (read > limit) {
                throw tooLarge(limit);
            }
        }
    }
}

package io.switchboard.plugins.psasupport;

import io.switchboard.plugin.OutboundGuard;
import io.switchboard.plugin.RemoteFailure;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * HTTP to one PSA through the host's outbound guard: each request goes to the address the guard
 * checked (so a name that resolves elsewhere later is never followed), with the name in Host and,
 * for https, in TLS (SNI and the certificate check). An exchange that gets no answer at all is a
 * transient {@link RemoteFailure}; an answer of any status comes back for the provider to read,
 * since each PSA words its refusals its own way.
 */
public final class GuardedClient implements AutoCloseable {

    /** An answer: its status, body as text, and the headers a provider asked for (by name, any casing). */
    public record Reply(int status, String body, Map<String, String> headers) {

        public Reply {
            TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            copy.putAll(headers);
            headers = java.util.Collections.unmodifiableMap(copy);
        }

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** A header of the answer, or null. */
        public String header(String name) {
            return headers.get(name);
        }
    }

    private final String service;
    private final OutboundGuard guard;
    private final Client client;

    /**
     * A client for {@code service} (its name in failure messages); {@code tlsFor} is the address
     * whose host the TLS settings are made for, when it is https.
     */
    public GuardedClient(String service, OutboundGuard guard, Duration timeout, URI tlsFor) throws RemoteFailure {
        this.service = service;
        this.guard = guard;
        ClientBuilder builder = ClientBuilder.newBuilder()
                .connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                // Jersey's URLConnection transport (plugin tests) needs this for PATCH; other clients ignore it.
                .property("jersey.config.client.httpUrlConnection.setMethodWorkaround", true);
        if ("https".equalsIgnoreCase(tlsFor.getScheme())) {
            OutboundGuard.Target target = checked(tlsFor);
            try {
                builder.sslContext(guard.tls(target)).hostnameVerifier(guard.hostnameVerifier(target));
            } catch (UnsupportedOperationException e) {
                throw new RemoteFailure(RemoteFailure.Kind.INVALID, "this server's outbound guard offers no TLS");
            }
        }
        this.client = builder.build();
    }

    /**
     * One exchange; {@code body} null sends none. {@code wanted} names the answer's headers to
     * keep. No answer at all (refused, reset, timed out) is a transient failure.
     */
    public Reply exchange(
            String method, URI url, Map<String, String> headers, String body, String contentType, String... wanted)
            throws RemoteFailure {
        OutboundGuard.Target target = checked(url);
        URI pinned = URI.create(url.getScheme() + "://" + target.addressLiteral() + ":" + target.port()
                + url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()));
        Invocation.Builder request = client.target(pinned)
                .request()
                .header("Host", url.getPort() == -1 ? url.getHost() : url.getHost() + ":" + url.getPort());
        headers.forEach(request::header);
        try (Response response = body == null
                ? request.method(method)
                : request.method(method, Entity.entity(body, contentType == null ? "application/json" : contentType))) {
            String text = response.hasEntity() ? response.readEntity(String.class) : "";
            Map<String, String> kept = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (String name : wanted) {
                String value = response.getHeaderString(name);
                if (value != null) {
                    kept.put(name, value);
                }
            }
            return new Reply(response.getStatus(), text, kept);
        } catch (ProcessingException e) {
            throw RemoteFailure.transientFailure(
                    "no answer from " + service + " (" + method + " " + url.getPath() + "): " + rootMessage(e), e);
        }
    }

    /** The guard's verdict on a target, as the typed failure a refused one is. */
    public OutboundGuard.Target checked(URI url) throws RemoteFailure {
        try {
            return guard.check(url);
        } catch (OutboundGuard.TargetRefused e) {
            throw new RemoteFailure(
                    RemoteFailure.Kind.INVALID, "refused target " + url.getHost() + ": " + e.getMessage());
        }
    }

    /** A Retry-After of delta-seconds, or {@code otherwise} when it is missing or not a number. */
    public static Duration retryAfter(String header, Duration otherwise) {
        if (header == null || header.isBlank()) {
            return otherwise;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip())));
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    @Override
    public void close() {
        client.close();
    }
}

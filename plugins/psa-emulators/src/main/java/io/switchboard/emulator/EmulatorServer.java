package io.switchboard.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The HTTP side every emulator shares: a JDK HTTP server on 127.0.0.1, request decoding, the
 * fault switchboard applied before and after the API's own handling, and a log of the requests
 * served so tests can count what a client sent.
 */
public abstract class EmulatorServer implements AutoCloseable {

    /** A request as the API handlers see it; header names are lowercase. */
    public record Request(
            String method,
            String path,
            Map<String, List<String>> query,
            Map<String, List<String>> headers,
            byte[] body,
            String baseUrl) {

        public Optional<String> header(String name) {
            List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
            return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
        }

        public Optional<String> param(String name) {
            for (Map.Entry<String, List<String>> e : query.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                    return Optional.of(e.getValue().get(0));
                }
            }
            return Optional.empty();
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** An answer. */
    public record Reply(int status, Map<String, String> headers, String body) {

        public static Reply json(int status, Object value) {
            return new Reply(status, new LinkedHashMap<>(), value == null ? null : Json.write(value));
        }

        public Reply with(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name, value);
            return new Reply(status, h, body);
        }
    }

    /** One request served, for tests that count requests. */
    public record Served(String method, String path, String query, int status) {}

    protected final Faults faults = new Faults();
    private final List<Served> served = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private ExecutorService executor;

    /** Starts on 127.0.0.1; port 0 picks a free one. */
    public synchronized EmulatorServer start(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        executor = Executors.newFixedThreadPool(16, r -> {
            Thread t = new Thread(r, getClass().getSimpleName() + "-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::exchange);
        server.start();
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The root URL, such as {@code http://127.0.0.1:41234}. */
    public String url() {
        return "http://127.0.0.1:" + port();
    }

    public Faults faults() {
        return faults;
    }

    public List<Served> served() {
        return Collections.unmodifiableList(served);
    }

    public void forgetServed() {
        served.clear();
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    /** Serves a request, faults included; a step of work that may drop the connection. */
    protected interface Serving {
        Reply serve() throws IOException;
    }

    /**
     * Wraps the whole of serving one request, faults (a slow answer) included: where an API that
     * limits concurrent requests counts them. Serves it as it is by default.
     */
    protected Reply admit(Request request, Serving serving) throws IOException {
        return serving.serve();
    }

    /** The API: answers a request that passed authentication and the faults. */
    protected abstract Reply handle(Request request);

    /** The body of a 429 in this API's words. */
    protected abstract Object throttledBody(int retryAfterSeconds);

    /** The body of a 500 in this API's words. */
    protected abstract Object serverErrorBody();

    private void exchange(HttpExchange exchange) throws IOException {
        try (exchange) {
            Request request = decode(exchange);
            Reply reply = admit(request, () -> serve(request));
            served.add(new Served(
                    request.method(), request.path(), exchange.getRequestURI().getRawQuery(), reply.status()));
            write(exchange, reply);
        }
    }

    private Reply serve(Request request) throws IOException {
        if (faults.overBudget()) {
            return throttled(60);
        }
        Optional<Fault> fault = faults.take(request.method(), request.path());
        if (fault.isPresent()) {
            Fault f = fault.get();
            switch (f.kind()) {
                case THROTTLE -> {
                    return throttled(f.retryAfterSeconds());
                }
                case SERVER_ERROR -> {
                    return Reply.json(500, serverErrorBody());
                }
                case SLOW -> sleep(f.delay().toMillis());
                case MALFORMED -> {
                    handleSafely(request);
                    return new Reply(
                            200, Map.of("Content-Type", "application/json"), "{\"id\": 12, \"summary\": \"trun");
                }
                case DROP_AFTER_COMMIT -> {
                    handleSafely(request);
                    served.add(new Served(request.method(), request.path(), null, 0));
                    throw new IOException("emulated: connection dropped after the change was committed");
                }
            }
        }
        return handleSafely(request);
    }

    private Reply handleSafely(Request request) {
        try {
            return handle(request);
        } catch (RuntimeException e) {
            return Reply.json(500, serverErrorBody());
        }
    }

    private Reply throttled(int seconds) {
        return Reply.json(429, throttledBody(seconds)).with("Retry-After", Integer.toString(seconds));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Request decode(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        Map<String, List<String>> query = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                query.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
            }
        }
        byte[] body = exchange.getRequestBody().readAllBytes();
        String host = exchange.getRequestHeaders().getFirst("Host");
        String base = "http://"
                + (host == null ? "127.0.0.1:" + exchange.getLocalAddress().getPort() : host);
        return new Request(
                exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                exchange.getRequestURI().getPath(),
                query,
                headers,
                body,
                base);
    }

    private static void write(HttpExchange exchange, Reply reply) throws IOException {
        reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        if (reply.body() == null || reply.status() == 204) {
            exchange.sendResponseHeaders(reply.status(), -1);
            return;
        }
        if (!reply.headers().containsKey("Content-Type")) {
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        }
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}

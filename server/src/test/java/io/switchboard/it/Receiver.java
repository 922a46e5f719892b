package io.switchboard.it;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * An HTTP endpoint on 127.0.0.1 that plugins under test post to (this project's test servers
 * use ports 9390-9399). Records each request with the time it arrived; can answer slowly.
 */
final class Receiver implements AutoCloseable {

    record Hit(Instant at, Map<String, String> headers, String body) {

        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    private final HttpServer server;
    private final List<Hit> hits = new CopyOnWriteArrayList<>();
    private volatile long delayMillis;

    Receiver(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException("Port " + port + " is taken", e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Instant at = Instant.now();
            try {
                if (delayMillis > 0) {
                    Thread.sleep(delayMillis);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
            hits.add(new Hit(at, headers, new String(body, StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void answerAfter(Duration delay) {
        delayMillis = delay.toMillis();
    }

    List<Hit> hits() {
        return List.copyOf(hits);
    }

    List<Hit> hits(Predicate<Hit> which) {
        return hits.stream().filter(which).toList();
    }

    /** Waits until {@code count} matching requests arrived, or fails with what did arrive. */
    List<Hit> await(Predicate<Hit> which, int count, Duration timeout) {
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            List<Hit> matching = hits(which);
            if (matching.size() >= count) {
                return matching;
            }
            sleep(100);
        }
        throw new AssertionError("Expected " + count + " matching requests within " + timeout + "; got " + hits(which).size()
                + " of " + hits.size() + ": " + hits);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}

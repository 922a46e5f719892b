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

    record Hit(Instant at, Map<String, String> headers, String body, String path, int status) {

        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    private final HttpServer server;
    private final List<Hit> hits = new CopyOnWriteArrayList<>();
    private volatile long delayMillis;

    /** An answer other than 200 for requests to one path: a status and an optional Retry-After. */
    private record Answer(int status, String retryAfter) {}

    private final Map<String, Answer> answers = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Map.Entry<Predicate<String>, Answer>> bodyAnswers =
            new java.util.concurrent.ConcurrentHashMap<>();

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
            String path = exchange.getRequestURI().getPath();
            String text = new String(body, StandardCharsets.UTF_8);
            Answer answer = answers.getOrDefault(path, new Answer(200, null));
            Map.Entry<Predicate<String>, Answer> byBody = bodyAnswers.get(path);
            if (byBody != null && byBody.getKey().test(text)) {
                answer = byBody.getValue();
            }
            hits.add(new Hit(at, headers, text, path, answer.status()));
            if (answer.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
            }
            exchange.sendResponseHeaders(answer.status(), -1);
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

    /** Requests to {@code path} get {@code status} from now on (with Retry-After when not null), until {@link #heal}. */
    void answer(String path, int status, String retryAfter) {
        answers.put(path, new Answer(status, retryAfter));
    }

    /** Requests to {@code path} whose body matches get {@code status}, until {@link #heal}. */
    void answerWhen(String path, Predicate<String> body, int status) {
        bodyAnswers.put(path, Map.entry(body, new Answer(status, null)));
    }

    /** Requests to {@code path} are answered 200 again. */
    void heal(String path) {
        answers.remove(path);
        bodyAnswers.remove(path);
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
        throw new AssertionError("Expected " + count + " matching requests within " + timeout + "; got "
                + hits(which).size() + " of " + hits.size() + ": " + hits);
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

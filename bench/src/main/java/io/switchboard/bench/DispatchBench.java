package io.switchboard.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dispatch throughput: creates tickets at a fixed rate and measures, at a fast receiver in this
 * JVM, when each ticket's {@code ticket.created} delivery arrives. Lag is from the create's 201
 * (the commit happened before the answer) to the delivery's arrival; backlog is tickets created
 * minus deliveries received, sampled every second. Run by bench/dispatch-bench.sh, which installs
 * the example recorder plugin with an instance posting here.
 *
 * <pre>DispatchBench --url http://localhost:9080 --port 9397 --rate 400 --seconds 60 --clients 16</pre>
 */
public final class DispatchBench {

    private static final Pattern TICKET = Pattern.compile("\"ticket\":\"([^\"]+)\"");
    private static final Pattern TYPE = Pattern.compile("\"type\":\"([^\"]+)\"");

    private final Map<String, Long> createdAt = new ConcurrentHashMap<>();
    private final Map<String, Long> arrivedAt = new ConcurrentHashMap<>();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final AtomicInteger failedCreates = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        Map<String, String> a = options(args);
        new DispatchBench()
                .run(
                        a.getOrDefault("url", "http://localhost:9080"),
                        Integer.parseInt(a.getOrDefault("port", "9397")),
                        Integer.parseInt(a.getOrDefault("rate", "400")),
                        Integer.parseInt(a.getOrDefault("seconds", "60")),
                        Integer.parseInt(a.getOrDefault("clients", "16")),
                        Integer.parseInt(a.getOrDefault("drain-seconds", "180")));
    }

    private void run(String url, int port, int rate, int seconds, int clients, int drainSeconds) throws Exception {
        HttpServer receiver = receiver(port);
        Http agent = new Http(url, "agent", "switchboard");
        long start = System.nanoTime();
        long total = (long) rate * seconds;
        AtomicLong next = new AtomicLong();
        long loadEnds = start + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService load = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            load.execute(() -> {
                for (long i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    long due = start + i * 1_000_000_000L / rate;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait); // pacing the offered load, not waiting for an outcome
                    }
                    if (System.nanoTime() >= loadEnds) {
                        return; // the window is over: a server that fell behind is not given more time
                    }
                    create(agent, i);
                }
            });
        }
        List<String> samples = new ArrayList<>();
        int maxBacklog = 0;
        long drainEnds = loadEnds + TimeUnit.SECONDS.toNanos(drainSeconds);
        load.shutdown();
        while (System.nanoTime() < drainEnds) {
            LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1));
            int backlog = createdAt.size() - arrivedAt.size();
            maxBacklog = Math.max(maxBacklog, backlog);
            long at = (System.nanoTime() - start) / 1_000_000_000L;
            samples.add(at + "s:" + createdAt.size() + "/" + arrivedAt.size());
            if (load.isTerminated() && backlog <= 0) {
                break;
            }
        }
        long endedAt = System.nanoTime();
        receiver.stop(0);
        report(rate, seconds, clients, start, loadEnds, endedAt, maxBacklog, samples);
        System.exit(0);
    }

    private void create(Http agent, long i) {
        Http.Answer a =
                agent.post("/api/v1/tickets", "{\"summary\":\"Dispatch bench " + i + "\",\"priority\":\"low\"}");
        long at = System.nanoTime();
        String number = a.status() == 201 ? a.field("number") : null;
        if (number == null) {
            failedCreates.incrementAndGet();
            return;
        }
        createdAt.put(number, at);
    }

    private HttpServer receiver(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            long at = System.nanoTime();
            Matcher type = TYPE.matcher(body);
            Matcher ticket = TICKET.matcher(body);
            if (type.find() && type.group(1).equals("ticket.created") && ticket.find()) {
                if (arrivedAt.putIfAbsent(ticket.group(1), at) != null) {
                    duplicates.incrementAndGet();
                }
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    private void report(
            int rate,
            int seconds,
            int clients,
            long start,
            long loadEnds,
            long endedAt,
            int maxBacklog,
            List<String> samples) {
        long[] lags = createdAt.entrySet().stream()
                .filter(e -> arrivedAt.containsKey(e.getKey()))
                .mapToLong(e -> Math.max(0, arrivedAt.get(e.getKey()) - e.getValue()))
                .sorted()
                .toArray();
        double loadSeconds = (loadEnds - start) / 1e9;
        System.out.printf(
                "offered %d creates/s for %d s on %d clients: %d created (%.0f/s), %d failed%n",
                rate, seconds, clients, createdAt.size(), createdAt.size() / loadSeconds, failedCreates.get());
        System.out.printf(
                "delivered %d of %d (%d duplicates) by %.1f s after the start; largest backlog %d%n",
                arrivedAt.size(), createdAt.size(), duplicates.get(), (endedAt - start) / 1e9, maxBacklog);
        if (lags.length > 0) {
            System.out.printf(
                    "lag commit -> delivery: p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%n",
                    at(lags, 0.50), at(lags, 0.95), at(lags, 0.99), lags[lags.length - 1] / 1_000_000);
        }
        System.out.println("created/delivered, every second: " + String.join(" ", samples));
    }

    private static long at(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1_000_000;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> out = new ConcurrentHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            out.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("options come in pairs: " + Arrays.toString(args));
        }
        return out;
    }
}

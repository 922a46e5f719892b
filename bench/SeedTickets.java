import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fills a Switchboard with tickets through its public API, as a busy desk would: mixed priorities,
 * companies, boards and assignees, a third moved on through the workflow, a few with notes.
 *
 *   java bench/SeedTickets.java http://localhost:9080 100000 [threads]
 *
 * Only for a server on this machine; it stops by itself after the count (or 60 minutes).
 */
public class SeedTickets {

    static final String[] WORDS = {"Outlook not syncing", "VPN drops", "Printer jammed", "New starter account", "Excel crashes",
        "Password reset", "Wi-Fi slow", "Teams call drops", "Shared drive full", "Badge reader offline", "Monitor flickers", "MFA loop",
        "Laptop battery", "Licence request", "Backup failed", "DNS not resolving", "Firewall rule", "Phone extension", "Scanner offline",
        "SharePoint access"};
    static final String[] PRIORITIES = {"critical", "high", "high", "medium", "medium", "medium", "low", "low"};

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:9080";
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        if (!URI.create(base).getHost().matches("localhost|127\\.0\\.0\\.1")) {
            throw new IllegalArgumentException("seed only a server on this machine");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString("agent:switchboard".getBytes(StandardCharsets.UTF_8));
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong started = new AtomicLong(System.nanoTime());
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(60);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < count && System.nanoTime() < deadline) {
                    try {
                        seed(http, base, auth, i);
                    } catch (Exception e) {
                        if (failed.incrementAndGet() < 10) {
                            System.err.println("ticket " + i + ": " + e.getMessage());
                        }
                    }
                    if (i % 5000 == 0 && i > 0) {
                        double seconds = (System.nanoTime() - started.get()) / 1e9;
                        System.out.printf("%,d tickets in %.0f s (%.0f/s)%n", i, seconds, i / seconds);
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(61, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - started.get()) / 1e9;
        System.out.printf("done: %,d tickets in %.0f s, %d failed%n", Math.min(count, next.get()), seconds, failed.get());
    }

    static void seed(HttpClient http, String base, String auth, int i) throws Exception {
        String body = "{\"summary\":\"" + WORDS[i % WORDS.length] + " " + i + "\",\"priority\":\"" + PRIORITIES[i % PRIORITIES.length]
                + "\",\"companyId\":" + (i % 3 + 1) + ",\"boardId\":" + (i % 3 + 1)
                + (i % 10 == 9 ? "" : ",\"assigneeId\":" + (i % 3 + 1)) + ",\"description\":\"Seeded ticket " + i + "\"}";
        HttpResponse<String> created = send(http, base + "/api/v1/tickets", auth, body);
        if (created.statusCode() != 201) {
            throw new IllegalStateException(created.statusCode() + " " + created.body());
        }
        String number = created.body().replaceAll("(?s).*\"number\":\"(TKT-\\d+)\".*", "$1");
        switch (i % 9) {
            case 1, 2 -> send(http, base + "/api/v1/tickets/" + number + "/status", auth, "{\"status\":\"in_progress\"}");
            case 3 -> send(http, base + "/api/v1/tickets/" + number + "/status", auth, "{\"status\":\"waiting\"}");
            case 4, 5 -> send(http, base + "/api/v1/tickets/" + number + "/status", auth, "{\"status\":\"resolved\"}");
            default -> { }
        }
        if (i % 25 == 0) {
            send(http, base + "/api/v1/tickets/" + number + "/comments", auth, "{\"body\":\"Called the user back.\",\"internal\":true}");
        }
    }

    static HttpResponse<String> send(HttpClient http, String url, String auth, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).header("Authorization", auth)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

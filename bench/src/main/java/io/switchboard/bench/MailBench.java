package io.switchboard.bench;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Email intake under load, against a running server and a local GreenMail IMAP server this
 * process starts:
 * <ul>
 *   <li>{@code drain --messages 10000}: a backlog (20 KB on average, 10 % with a 1 MB attachment)
 *       is put in the mailbox first, then the mailbox is configured; reports messages/s until all
 *       are taken in;
 *   <li>{@code latency --rate 20 --seconds 60 [--idle false]}: messages arrive at a steady rate;
 *       reports p50/p95/p99 from arrival in the mailbox to the ticket's commit;
 *   <li>{@code crash --messages 1000 --kills 5 --wlp DIR --server NAME}: kill -9 the server at
 *       random points while it drains, restart it, and check every message is in exactly once.
 * </ul>
 */
public final class MailBench {

    private static final Pattern ROW = Pattern.compile(
            "\\{[^{}]*?\"messageId\":\"(mb-[^\"]+)\"[^{}]*?\"processedAt\":\"([^\"]+)\"[^{}]*?\"state\":\"([a-z]+)\"[^{}]*?}");

    private final String base;
    private final String auth;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, Instant> arrived = new HashMap<>();

    private MailBench(String base, String user, String password) {
        this.base = base;
        this.auth =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        MailBench b = new MailBench(o.getOrDefault("url", "http://localhost:9080"), "admin", "switchboard");
        int port = Integer.parseInt(o.getOrDefault("imap-port", "3993"));
        GreenMail imap = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        imap.start();
        try {
            GreenMailUser desk = imap.setUser("desk@bench.example", "bench", "secret");
            switch (args.length == 0 ? "" : args[0]) {
                case "drain" -> b.drain(desk, port, Integer.parseInt(o.getOrDefault("messages", "10000")));
                case "latency" ->
                    b.latency(
                            desk,
                            port,
                            Integer.parseInt(o.getOrDefault("rate", "20")),
                            Integer.parseInt(o.getOrDefault("seconds", "60")),
                            Boolean.parseBoolean(o.getOrDefault("idle", "true")));
                case "crash" ->
                    b.crash(
                            desk,
                            port,
                            Integer.parseInt(o.getOrDefault("messages", "1000")),
                            Integer.parseInt(o.getOrDefault("kills", "5")),
                            Path.of(o.getOrDefault("wlp", "server/target/liberty/wlp")),
                            o.getOrDefault("server", "switchboard"));
                default -> System.err.println("usage: MailBench drain|latency|crash [--options]");
            }
        } finally {
            imap.stop();
        }
    }

    // ---- scenarios ----

    private void drain(GreenMailUser desk, int port, int n) throws Exception {
        Random random = new Random(42);
        String run = UUID.randomUUID().toString().substring(0, 8);
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            bytes += deliver(desk, run, i, random, random.nextInt(10) == 0);
        }
        System.out.printf("loaded %d messages, %.1f MB%n", n, bytes / 1e6);
        long mailbox = mailbox(port, run, true, 60);
        long t0 = System.nanoTime();
        int done = 0;
        while (done < n) {
            Thread.sleep(1000);
            done = finished(mailbox);
            System.out.printf("  %5.0f s: %d taken in%n", (System.nanoTime() - t0) / 1e9, done);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
                "drained %d messages in %.1f s: %.0f messages/s, %.1f MB/s%n",
                n, seconds, n / seconds, bytes / 1e6 / seconds);
        delete(mailbox);
    }

    private void latency(GreenMailUser desk, int port, int rate, int seconds, boolean idle) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long mailbox = mailbox(port, run, idle, idle ? 60 : 2);
        Thread.sleep(3000); // the mailbox is being read
        Random random = new Random(7);
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long next = System.nanoTime();
        int total = rate * seconds;
        for (int i = 0; i < total; i++) {
            while (System.nanoTime() < next) {
                Thread.onSpinWait();
            }
            deliver(desk, run, i, random, false);
            next += interval;
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        List<Long> millis = new ArrayList<>();
        while (System.nanoTime() < until) {
            millis = latencies(mailbox);
            if (millis.size() >= total) {
                break;
            }
            Thread.sleep(1000);
        }
        millis.sort(null);
        int warm = millis.size() / 10; // steady state: the first tenth is warm-up
        List<Long> steady = millis.subList(Math.min(warm, millis.size()), millis.size());
        System.out.printf(
                "%s, %d/s for %d s: %d of %d in; arrival to ticket p50 %d ms, p95 %d ms, p99 %d ms%n",
                idle ? "IDLE" : "polling every 2 s",
                rate,
                seconds,
                millis.size(),
                total,
                pct(steady, 50),
                pct(steady, 95),
                pct(steady, 99));
        delete(mailbox);
    }

    private void crash(GreenMailUser desk, int port, int n, int kills, Path wlp, String server) throws Exception {
        Random random = new Random();
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int kind = i < 20 ? 0 : random.nextInt(10);
            String from = kind == 9 ? "" : "From: Crash <crash" + (i % 50) + "." + run + "@customer.example>\r\n";
            String reply = kind >= 6 && kind < 9
                    ? "In-Reply-To: <mb-" + random.nextInt(20) + "-" + run + "@bench.example>\r\n"
                    : "";
            String raw = from + "To: desk@bench.example\r\nSubject: Crash " + run + " #" + i + "\r\nMessage-ID: <mb-"
                    + i + "-" + run + "@bench.example>\r\n" + reply + "Content-Type: text/plain\r\n\r\nMessage " + i
                    + "\r\n";
            desk.deliver(new MimeMessage(
                    Session.getInstance(new Properties()),
                    new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII))));
            expected.merge(kind == 9 ? "quarantined" : reply.isEmpty() ? "ticket" : "reply", 1, Integer::sum);
        }
        long mailbox = mailbox(port, run, true, 1);
        for (int k = 1; k <= kills; k++) {
            int target = Math.min(n - 1, finished(mailbox) + 20 + random.nextInt(Math.max(1, n / (kills + 1))));
            while (finished(mailbox) < target) {
                Thread.sleep(50);
            }
            long pid = Long.parseLong(Files.readString(wlp.resolve("usr/servers/.pid/" + server + ".pid"))
                    .trim());
            new ProcessBuilder("kill", "-9", Long.toString(pid))
                    .inheritIO()
                    .start()
                    .waitFor();
            ProcessHandle.of(pid).ifPresent(h -> h.onExit().join());
            System.out.printf("kill %d: server %d killed with %d taken in%n", k, pid, target);
            new ProcessBuilder(wlp.resolve("bin/server").toString(), "start", server)
                    .inheritIO()
                    .start()
                    .waitFor();
            awaitUp();
        }
        while (finished(mailbox) < n) {
            Thread.sleep(500);
        }
        Map<String, Integer> seen = new HashMap<>();
        Matcher m = Pattern.compile("\"outcome\":\"([a-z-]+)\"").matcher(log(mailbox));
        while (m.find()) {
            seen.merge(m.group(1), 1, Integer::sum);
        }
        System.out.printf(
                "expected %s, taken in %s: %s%n", expected, seen, expected.equals(seen) ? "EXACTLY ONCE" : "MISMATCH");
        delete(mailbox);
        if (!expected.equals(seen)) {
            System.exit(1);
        }
    }

    // ---- helpers ----

    private long deliver(GreenMailUser desk, String run, int i, Random random, boolean large) throws Exception {
        StringBuilder raw = new StringBuilder()
                .append("From: Bench ")
                .append(i % 200)
                .append(" <bench")
                .append(i % 200)
                .append('.')
                .append(run)
                .append("@customer.example>\r\nTo: desk@bench.example\r\nSubject: Bench ")
                .append(run)
                .append(" #")
                .append(i)
                .append("\r\nMessage-ID: <mb-")
                .append(i)
                .append('-')
                .append(run)
                .append("@bench.example>\r\nMIME-Version: 1.0\r\n");
        // 27 characters a phrase, 200 to 1,299 of them: 20 KB of text on average
        String text = "Load message " + i + ". " + "lorem ipsum dolor sit amet ".repeat(200 + random.nextInt(1100));
        if (large) {
            byte[] file = new byte[1024 * 1024];
            random.nextBytes(file);
            raw.append("Content-Type: multipart/mixed; boundary=\"B\"\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\n")
                    .append(text)
                    .append(
                            "\r\n--B\r\nContent-Type: application/octet-stream; name=data.bin\r\nContent-Disposition: attachment; filename=data.bin\r\n"
                                    + "Content-Transfer-Encoding: base64\r\n\r\n")
                    .append(Base64.getMimeEncoder().encodeToString(file))
                    .append("\r\n--B--\r\n");
        } else {
            raw.append("Content-Type: text/plain\r\n\r\n").append(text).append("\r\n");
        }
        byte[] bytes = raw.toString().getBytes(StandardCharsets.US_ASCII);
        desk.deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes)));
        arrived.put("mb-" + i + "-" + run + "@bench.example", Instant.now());
        return bytes.length;
    }

    private long mailbox(int port, String run, boolean idle, int pollSeconds) throws Exception {
        String body = "{\"plugin\":\"mail-imap\",\"factory\":\"imap\",\"name\":\"Bench " + run
                + "\",\"config\":{\"host\":\"127.0.0.1\","
                + "\"port\":" + port
                + ",\"security\":\"none\",\"username\":\"bench\",\"password\":\"secret\",\"allowInternal\":\"127.0.0.1\","
                + "\"idle\":" + idle + ",\"pollSeconds\":" + pollSeconds + "}}";
        String answer = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/plugins/instances"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(answer);
        if (!m.find()) {
            throw new IllegalStateException("no mailbox: " + answer);
        }
        return Long.parseLong(m.group(1));
    }

    private void delete(long mailbox) throws Exception {
        send(HttpRequest.newBuilder(URI.create(base + "/api/v1/plugins/instances/" + mailbox))
                .DELETE());
    }

    private int finished(long mailbox) throws Exception {
        String first = send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/mail/messages?mailbox=" + mailbox + "&pageSize=1"))
                        .GET());
        Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(first);
        String waiting = send(HttpRequest.newBuilder(
                        URI.create(base + "/api/v1/mail/messages?mailbox=" + mailbox + "&state=received&pageSize=1"))
                .GET());
        Matcher left = Pattern.compile("\"total\":(\\d+)").matcher(waiting);
        return total.find() && left.find() ? Integer.parseInt(total.group(1)) - Integer.parseInt(left.group(1)) : 0;
    }

    private String log(long mailbox) throws Exception {
        StringBuilder all = new StringBuilder();
        for (int page = 1; page < 1000; page++) {
            String p = send(HttpRequest.newBuilder(URI.create(
                            base + "/api/v1/mail/messages?mailbox=" + mailbox + "&pageSize=200&page=" + page))
                    .GET());
            all.append(p);
            if (!p.contains("\"messageId\"") || p.split("\"messageId\"").length - 1 < 200) {
                break;
            }
        }
        return all.toString();
    }

    private List<Long> latencies(long mailbox) throws Exception {
        List<Long> out = new ArrayList<>();
        Matcher m = ROW.matcher(log(mailbox));
        while (m.find()) {
            Instant at = arrived.get(m.group(1));
            if (at != null && m.group(3).equals("processed")) {
                out.add(Duration.between(at, Instant.parse(m.group(2))).toMillis());
            }
        }
        return out;
    }

    private void awaitUp() throws Exception {
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < until) {
            try {
                if (http.send(
                                        HttpRequest.newBuilder(URI.create(base + "/health"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the server did not come back");
    }

    private String send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> r = http.send(
                request.header("Authorization", auth)
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return r.body();
    }

    private static long pct(List<Long> sorted, int p) {
        return sorted.isEmpty()
                ? -1
                : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}

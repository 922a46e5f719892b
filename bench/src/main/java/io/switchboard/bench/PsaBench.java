package io.switchboard.bench;

import io.switchboard.emulator.EmulatorServer;
import io.switchboard.emulator.autotask.AutotaskEmulator;
import io.switchboard.emulator.connectwise.ConnectWiseEmulator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PSA pull benchmark against a running server: starts a ConnectWise or Autotask emulator on
 * 127.0.0.1 with N tickets of M notes each over three boards, connects the server to it, pulls
 * every board into the desk (tickets per second, from the sync log's own start and finish), then
 * runs an incremental sync with no changes and counts the requests it cost per board.
 * {@code PsaBench [--psa connectwise|autotask] [--tickets 10000] [--notes 3] [--url ...] [--user admin]
 * [--password admin]}; the server pulls pages of switchboard.psa.page-size (env SWITCHBOARD_PSA_PAGE_SIZE). The desk should be empty for the first number to mean
 * "into an empty desk".
 */
public final class PsaBench {

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String psa = o.getOrDefault("psa", "connectwise");
        int tickets = Integer.parseInt(o.getOrDefault("tickets", "10000"));
        int notes = Integer.parseInt(o.getOrDefault("notes", "3"));
        Http http = new Http(
                o.getOrDefault("url", "http://localhost:9080"),
                o.getOrDefault("user", "admin"),
                o.getOrDefault("password", "admin"));
        Instant seeded = Instant.now();
        EmulatorServer emulator = psa.equals("autotask")
                ? AutotaskEmulator.withDemoData(tickets, notes)
                : ConnectWiseEmulator.withDemoData(tickets, notes);
        if (emulator instanceof AutotaskEmulator at) {
            at.hourlyLimit(1_000_000); // the budget is the provider's business; this measures the pull
        }
        emulator.start(0);
        System.out.printf(
                "emulator %s with %d tickets x %d notes ready in %d ms on %s%n",
                psa, tickets, notes, Duration.between(seeded, Instant.now()).toMillis(), emulator.url());
        try {
            long connection = connect(http, psa, emulator);
            List<String> boards = boards(http, connection);
            StringBuilder chosen = new StringBuilder("{\"boards\":[");
            for (int i = 0; i < boards.size(); i++) {
                chosen.append(i == 0 ? "" : ",")
                        .append("{\"remoteId\":\"")
                        .append(boards.get(i))
                        .append("\"}");
            }
            check(
                    http.put(
                            "/api/v1/psa/connections/" + connection + "/boards",
                            chosen.append("]}").toString()),
                    200);
            emulator.forgetServed();
            Http.Answer full = run(http, connection);
            long processed = Long.parseLong(full.field("processed"));
            Duration took =
                    Duration.between(Instant.parse(full.field("startedAt")), Instant.parse(full.field("finishedAt")));
            System.out.printf(
                    "full pull: %s, %d tickets (%s created, %s failed) in %.1f s = %.0f tickets/s, %d PSA requests%n",
                    full.field("state"),
                    processed,
                    full.field("created"),
                    full.field("failed"),
                    took.toMillis() / 1000.0,
                    processed * 1000.0 / Math.max(1, took.toMillis()),
                    emulator.served().size());
            emulator.forgetServed();
            Http.Answer idle = run(http, connection);
            Duration idleTook =
                    Duration.between(Instant.parse(idle.field("startedAt")), Instant.parse(idle.field("finishedAt")));
            int requests = emulator.served().size();
            System.out.printf(
                    "incremental sync with no changes: %d boards, %d PSA requests (%.1f per board), %d ms, %s updated%n",
                    boards.size(),
                    requests,
                    requests / (double) boards.size(),
                    idleTook.toMillis(),
                    idle.field("updated"));
            emulator.served()
                    .forEach(s -> System.out.println("  " + s.method() + " " + s.path()
                            + (s.query() == null
                                    ? ""
                                    : "?"
                                            + s.query()
                                                    .substring(
                                                            0,
                                                            Math.min(
                                                                    120,
                                                                    s.query().length())))));
            http.delete("/api/v1/plugins/instances/" + connection);
        } finally {
            emulator.close();
        }
    }

    private static long connect(Http http, String psa, EmulatorServer e) {
        String config = psa.equals("autotask")
                ? "{\"userName\":\"" + AutotaskEmulator.USER + "\",\"apiSecret\":\"" + AutotaskEmulator.SECRET
                        + "\",\"integrationCode\":\"" + AutotaskEmulator.INTEGRATION_CODE + "\",\"zoneLookup\":\""
                        + e.url()
                        + "\",\"allowInternal\":\"127.0.0.1\"}"
                : "{\"site\":\"" + e.url() + "\",\"company\":\"" + ConnectWiseEmulator.COMPANY + "\",\"publicKey\":\""
                        + ConnectWiseEmulator.PUBLIC_KEY + "\",\"privateKey\":\"" + ConnectWiseEmulator.PRIVATE_KEY
                        + "\",\"clientId\":\"bench\",\"allowInternal\":\"127.0.0.1\"}";
        Http.Answer a = http.post(
                "/api/v1/plugins/instances",
                "{\"plugin\":\"" + psa + "\",\"kind\":\"psa\",\"factory\":\"" + psa + "\",\"name\":\"bench " + psa + " "
                        + System.nanoTime() + "\",\"config\":" + config + "}");
        check(a, 201);
        return Long.parseLong(a.field("id"));
    }

    private static List<String> boards(Http http, long connection) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(until)) {
            Http.Answer a = http.get("/api/v1/psa/connections/" + connection + "/catalog/board");
            if (a.status() == 200) {
                List<String> ids = new ArrayList<>();
                Matcher m = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(a.body());
                while (m.find()) {
                    ids.add(m.group(1));
                }
                return ids;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("no board catalogue within 120 s");
    }

    private static Http.Answer run(Http http, long connection) throws InterruptedException {
        Http.Answer started = http.post("/api/v1/psa/connections/" + connection + "/sync", "");
        check(started, 202);
        String id = started.field("id");
        while (true) {
            Http.Answer r = http.get("/api/v1/psa/connections/" + connection + "/runs/" + id);
            if (!"RUNNING".equals(r.field("state"))) {
                return r;
            }
            Thread.sleep(500);
        }
    }

    private static void check(Http.Answer a, int status) {
        if (a.status() != status) {
            throw new IllegalStateException("HTTP " + a.status() + ": " + a.body());
        }
    }
}

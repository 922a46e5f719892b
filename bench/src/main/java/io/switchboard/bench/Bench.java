package io.switchboard.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver for a running Switchboard.
 *
 * <pre>
 * java -cp bench/target/classes io.switchboard.bench.Bench seed --tickets 1000000
 * java -cp bench/target/classes io.switchboard.bench.Bench run --duration 20
 * </pre>
 *
 * Options: --url (http://localhost:9080), --user (admin), --password (switchboard).
 */
public final class Bench {

    private static final String[] STATUSES_ACTIVE = {"new", "open", "in_progress", "waiting", "on_hold"};
    private static final String[] PRIORITIES = {"critical", "high", "medium", "medium", "low", "low"};
    private static final String[] TYPES = {"incident", "incident", "service_request", "problem", "change"};

    private final Http http;
    private final Map<String, String> options;

    private Bench(Map<String, String> options) {
        this.options = options;
        this.http = new Http(
                option("url", "http://localhost:9080"), option("user", "admin"), option("password", "switchboard"));
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !(args[0].equals("seed") || args[0].equals("run"))) {
            System.err.println(
                    "usage: Bench seed --tickets N | Bench run [--duration S] [--scenarios create1,create16,list,filtered,stats]");
            System.exit(2);
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Bench bench = new Bench(options);
        if (args[0].equals("seed")) {
            bench.seed(Long.parseLong(bench.option("tickets", "10000")));
        } else {
            bench.run(
                    Integer.parseInt(bench.option("duration", "20")),
                    List.of(bench.option("scenarios", "create1,create16,list,filtered,stats")
                            .split(",")));
        }
    }

    private String option(String name, String defaultValue) {
        return options.getOrDefault(name, defaultValue);
    }

    /** The catalogue the seed spreads tickets over: boards, categories, companies and agents. */
    private record Catalogue(List<Long> boards, List<Long> categories, List<Long> companies, List<Long> agents) {}

    private Catalogue catalogue() {
        return new Catalogue(
                ensure("/api/v1/boards", "Bench board ", 5),
                ensure("/api/v1/categories", "Bench category ", 6),
                ensure("/api/v1/companies", "Bench company ", 50),
                ensureAgents(20));
    }

    /** The largest page: the bench's catalogues stay well below it. */
    private static final String ALL = "?pageSize=200";

    private List<Long> ensure(String path, String prefix, int wanted) {
        for (int i = ids(http.get(path + ALL).body(), prefix).size(); i < wanted; i++) {
            Http.Answer a = http.post(path, "{\"name\":\"" + prefix + (i + 1) + "\"}");
            if (a.status() != 201 && a.status() != 409) {
                throw new IllegalStateException(path + " -> " + a.status() + " " + a.body());
            }
        }
        return ids(http.get(path + ALL).body(), prefix);
    }

    private List<Long> ensureAgents(int wanted) {
        for (int i = ids(http.get("/api/v1/agents" + ALL).body(), "Bench agent ")
                        .size();
                i < wanted;
                i++) {
            http.post(
                    "/api/v1/agents",
                    "{\"username\":\"bench" + (i + 1) + "\",\"name\":\"Bench agent " + (i + 1) + "\"}");
        }
        return ids(http.get("/api/v1/agents" + ALL).body(), "Bench agent ");
    }

    private static List<Long> ids(String json, String namePrefix) {
        List<Long> ids = new ArrayList<>();
        Matcher m = Pattern.compile(
                        "\\{[^{}]*?\"id\":(\\d+)[^{}]*?\"name\":\"" + Pattern.quote(namePrefix) + "[^\"]*\"")
                .matcher(json);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    /** Imports tickets in batches of 1000: 90% done in the last two years, 10% still open. */
    private void seed(long tickets) throws Exception {
        Catalogue c = catalogue();
        int threads = Integer.parseInt(option("threads", "4"));
        long batches = (tickets + 999) / 1000;
        AtomicLong done = new AtomicLong();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (long b = 0; b < batches; b++) {
            long batch = b;
            int size = (int) Math.min(1000, tickets - batch * 1000);
            futures.add(pool.submit(() -> {
                Http.Answer a = http.post("/api/v1/admin/import/tickets", batch(c, new SplittableRandom(batch), size));
                if (a.status() != 200) {
                    throw new IllegalStateException("import -> " + a.status() + " " + a.body());
                }
                long n = done.addAndGet(size);
                if (n % 50_000 < size) {
                    System.out.printf("seeded %,d tickets (%.0f/s)%n", n, n / ((System.nanoTime() - start) / 1e9));
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("seeded %,d tickets in %.0f s (%.0f tickets/s)%n", tickets, seconds, tickets / seconds);
    }

    private static String batch(Catalogue c, SplittableRandom random, int size) {
        StringBuilder json = new StringBuilder("[");
        Instant now = Instant.now();
        for (int i = 0; i < size; i++) {
            boolean active = random.nextInt(10) == 0;
            Instant created = active
                    ? now.minus(Duration.ofMinutes(random.nextLong(60L * 24 * 30)))
                    : now.minus(Duration.ofMinutes(60L * 24 * 30 + random.nextLong(60L * 24 * 700)));
            Instant resolved = created.plus(Duration.ofMinutes(5 + random.nextLong(60L * 24 * 5)));
            String status = active
                    ? STATUSES_ACTIVE[random.nextInt(STATUSES_ACTIVE.length)]
                    : random.nextInt(20) == 0 ? "cancelled" : "closed";
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"summary\":\"Seeded ticket ")
                    .append(random.nextInt(1_000_000))
                    .append(" about ")
                    .append(new String[] {"printer", "VPN", "laptop", "email", "password", "Wi-Fi", "ERP"}
                            [random.nextInt(7)])
                    .append("\",\"priority\":\"")
                    .append(PRIORITIES[random.nextInt(PRIORITIES.length)])
                    .append("\",\"type\":\"")
                    .append(TYPES[random.nextInt(TYPES.length)])
                    .append("\",\"boardId\":")
                    .append(pick(random, c.boards()))
                    .append(",\"categoryId\":")
                    .append(pick(random, c.categories()))
                    .append(",\"companyId\":")
                    .append(pick(random, c.companies()))
                    .append(random.nextInt(5) == 0 ? "" : ",\"assigneeId\":" + pick(random, c.agents()))
                    .append(",\"status\":\"")
                    .append(status)
                    .append("\",\"createdAt\":\"")
                    .append(created)
                    .append("\",\"resolvedAt\":\"")
                    .append(resolved.isAfter(now) ? now : resolved)
                    .append("\"}");
        }
        return json.append(']').toString();
    }

    private static long pick(SplittableRandom random, List<Long> ids) {
        return ids.get(random.nextInt(ids.size()));
    }

    private void run(int seconds, List<String> scenarios) throws Exception {
        Catalogue c = catalogue();
        long agent = c.agents().get(0);
        String total = http.get("/api/v1/tickets?includeClosed=true&pageSize=1").field("total");
        System.out.printf(
                "%n%s tickets in the database; each scenario: 5 s warm-up, then %d s measured%n%n", total, seconds);
        System.out.println(Latencies.header());
        Map<String, Scenario> all = new LinkedHashMap<>();
        AtomicLong counter = new AtomicLong();
        all.put(
                "create1",
                new Scenario(
                        "create, c=1",
                        1,
                        i -> http.post(
                                "/api/v1/tickets",
                                "{\"summary\":\"Bench create " + counter.incrementAndGet()
                                        + "\",\"priority\":\"medium\",\"boardId\":"
                                        + c.boards().get(0) + "}"),
                        201));
        all.put(
                "create16",
                new Scenario(
                        "create, c=16",
                        16,
                        i -> http.post(
                                "/api/v1/tickets",
                                "{\"summary\":\"Bench create " + counter.incrementAndGet()
                                        + "\",\"priority\":\"high\",\"companyId\":"
                                        + c.companies().get(0) + "}"),
                        201));
        all.put("list", new Scenario("default list page, c=4", 4, i -> http.get("/api/v1/tickets"), 200));
        all.put(
                "filtered",
                new Scenario(
                        "status+priority+assigned page, c=4",
                        4,
                        i -> http.get("/api/v1/tickets?status=in_progress&priority=high&assigned=" + agent),
                        200));
        all.put("stats", new Scenario("stats, c=4", 4, i -> http.get("/api/v1/tickets/stats"), 200));
        for (String name : scenarios) {
            Scenario s = all.get(name.strip());
            if (s == null) {
                throw new IllegalArgumentException("unknown scenario " + name + "; known: " + all.keySet());
            }
            drive(s, 5);
            System.out.println(drive(s, seconds).summary(s.name(), seconds));
        }
    }

    private record Scenario(String name, int concurrency, Function<Integer, Http.Answer> call, int expected) {}

    private static Latencies drive(Scenario s, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(s.concurrency());
        List<Future<Latencies>> futures = new ArrayList<>();
        for (int t = 0; t < s.concurrency(); t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                Latencies mine = new Latencies();
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    Http.Answer a = s.call().apply(thread);
                    mine.record(System.nanoTime() - start, a.status() == s.expected());
                }
                return mine;
            }));
        }
        Latencies all = new Latencies();
        for (Future<Latencies> f : futures) {
            all.merge(f.get());
        }
        pool.shutdown();
        return all;
    }
}

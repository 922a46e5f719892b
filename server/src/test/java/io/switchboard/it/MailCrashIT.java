package io.switchboard.it;

import static io.switchboard.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Exactly once across crashes: the messages wait in the mailbox (new requests, replies to some of
 * them and messages for quarantine); while intake drains them the server is killed with SIGKILL
 * at random points and started again. Afterwards every message is in exactly once, tickets +
 * replies + quarantine = all of them, the intake log holds no message twice and none unfinished,
 * and the mailbox is empty. Every build runs 120 messages and one kill; the issue's full run is
 * {@code -Dswitchboard.it.mail-crash.messages=1000 -Dswitchboard.it.mail-crash.kills=5}.
 */
class MailCrashIT {

    static final int MESSAGES = Integer.getInteger("switchboard.it.mail-crash.messages", 120);

    static final int KILLS = Integer.getInteger("switchboard.it.mail-crash.kills", 1);
    private static final Path WLP = Path.of(System.getProperty("switchboard.it.wlp", "target/liberty/wlp"));
    private static final String SERVER = System.getProperty("switchboard.it.server", "switchboard-it");
    private static final Api ADMIN = Api.as("admin");

    @Test
    void everyMessageIsTakenInExactlyOnceAcrossAKill() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        GreenMail imap = new GreenMail(new ServerSetup(9392, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        imap.start();
        long mailbox = 0;
        try {
            GreenMailUser desk = imap.setUser("desk@crash.example", "crash", "secret");
            Map<String, Integer> expected = load(desk, run, MESSAGES, new Random(run.hashCode()));
            mailbox = ADMIN.post(
                            "/api/v1/plugins/instances",
                            json(
                                    "plugin",
                                    "mail-imap",
                                    "factory",
                                    "imap",
                                    "name",
                                    "Crash mailbox " + run,
                                    "config",
                                    Json.createObjectBuilder()
                                            .add("host", "127.0.0.1")
                                            .add("port", 9392)
                                            .add("security", "none")
                                            .add("username", "crash")
                                            .add("password", "secret")
                                            .add("allowInternal", "127.0.0.1")
                                            .add("pollSeconds", 1)
                                            .build()))
                    .json()
                    .getJsonNumber("id")
                    .longValue();
            long id = mailbox;
            Random random = new Random();
            int before = 0;
            for (int kill = 1; kill <= KILLS; kill++) {
                // a random point in this kill's share of what is left, so the kills spread over the drain
                int share = Math.max(1, (MESSAGES - before) / (KILLS - kill + 2));
                before = awaitTakenIn(id, before + 5 + random.nextInt(share), Duration.ofSeconds(240));
                ServerProcess.kill9(WLP, SERVER);
                System.out.printf("kill %d of %d: after %d of %d messages%n", kill, KILLS, before, MESSAGES);
                assertTrue(before < MESSAGES, "everything was taken in before kill " + kill + "; it proved nothing");
                ServerProcess.start(WLP, SERVER);
                ServerProcess.awaitUp(Duration.ofSeconds(600));
            }

            int done = awaitTakenIn(id, MESSAGES, Duration.ofSeconds(240 + MESSAGES / 2));
            assertEquals(MESSAGES, done, "every message taken in");
            Map<String, Integer> seen = new HashMap<>();
            for (JsonObject row : log(id)) {
                assertTrue(!"received".equals(row.getString("state")), "unfinished: " + row);
                seen.merge(row.getString("outcome", row.getString("state")), 1, Integer::sum);
            }
            assertEquals(expected, seen, "tickets, replies and quarantine, each message once");
            assertEquals(
                    MESSAGES, seen.values().stream().mapToInt(Integer::intValue).sum());
            // Acknowledgements go to the mailbox in batches after the intake commits (and after a kill,
            // for what was stored but not yet acknowledged, once the next poll finds it stored): wait for them.
            assertEquals(0, awaitEmptyInbox(Duration.ofSeconds(60)), "nothing left in the mailbox");
        } finally {
            if (mailbox != 0) {
                ADMIN.delete("/api/v1/plugins/instances/" + mailbox);
            }
            imap.stop();
        }
    }

    /** New requests, replies to earlier ones (by In-Reply-To) and unsendable ones; what each must become. */
    static Map<String, Integer> load(GreenMailUser desk, String run, int n, Random random) throws Exception {
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int kind = i < 10 ? 0 : random.nextInt(10);
            String from =
                    kind == 9 ? "" : "From: Crash " + i + " <crash" + (i % 25) + "." + run + "@customer.example>\n";
            String reply = kind >= 6 && kind < 9
                    ? "In-Reply-To: <crash-" + random.nextInt(10) + "-" + run + "@customer.example>\n"
                    : "";
            String raw = from + "To: desk@crash.example\nSubject: Crash " + run + " #" + i + "\nMessage-ID: <crash-" + i
                    + "-" + run + "@customer.example>\n" + reply
                    + "Date: Tue, 01 Dec 2026 10:00:00 +0000\nContent-Type: text/plain\n\nMessage " + i + " of run "
                    + run
                    + ".\n";
            desk.deliver(new MimeMessage(
                    Session.getInstance(new Properties()),
                    new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.US_ASCII))));
            expected.merge(kind == 9 ? "quarantined" : reply.isEmpty() ? "ticket" : "reply", 1, Integer::sum);
        }
        return expected;
    }

    static List<JsonObject> log(long mailbox) {
        List<JsonObject> all = new java.util.ArrayList<>();
        for (int page = 1; ; page++) {
            List<JsonObject> items = ADMIN.get(
                            "/api/v1/mail/messages?mailbox=" + mailbox + "&pageSize=200&page=" + page)
                    .json()
                    .getJsonArray("items")
                    .getValuesAs(JsonObject.class);
            all.addAll(items);
            if (items.size() < 200) {
                return all;
            }
        }
    }

    private static int awaitTakenIn(long mailbox, int atLeast, Duration timeout) {
        long until = System.nanoTime() + timeout.toNanos();
        int done = 0;
        while (System.nanoTime() < until) {
            try {
                done = (int) log(mailbox).stream()
                        .filter(r -> !"received".equals(r.getString("state")))
                        .count();
                if (done >= atLeast) {
                    return done;
                }
            } catch (RuntimeException e) {
                // the server is starting
            }
            Receiver.sleep(100);
        }
        return done;
    }

    private static int awaitEmptyInbox(Duration timeout) throws Exception {
        long until = System.nanoTime() + timeout.toNanos();
        int left = inbox();
        while (left > 0 && System.nanoTime() < until) {
            Receiver.sleep(200);
            left = inbox();
        }
        return left;
    }

    private static int inbox() throws Exception {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect("127.0.0.1", 9392, "crash", "secret");
            return store.getFolder("INBOX").getMessageCount();
        }
    }

    /** Killing and starting the integration-test server, as DispatchCrashIT does. */
    static final class ServerProcess {
        static long kill9(Path wlp, String server) throws Exception {
            long pid = Long.parseLong(Files.readString(wlp.resolve("usr/servers/.pid/" + server + ".pid"))
                    .trim());
            ProcessHandle handle =
                    ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no server process " + pid));
            new ProcessBuilder("kill", "-9", Long.toString(pid))
                    .inheritIO()
                    .start()
                    .waitFor();
            handle.onExit().get(30, TimeUnit.SECONDS);
            return pid;
        }

        static void start(Path wlp, String server) throws IOException, InterruptedException {
            Process p = new ProcessBuilder(wlp.resolve("bin/server").toString(), "start", server)
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes());
            assertEquals(0, p.waitFor(), out);
        }

        static void awaitUp(Duration timeout) {
            long until = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < until) {
                try {
                    if (ADMIN.isUp("/api/v1/plugins")) {
                        return;
                    }
                } catch (RuntimeException e) {
                    // not listening yet
                }
                Receiver.sleep(500);
            }
            throw new AssertionError("the server did not come back within " + timeout);
        }
    }
}

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
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The email corpus (src/test/resources/mail-corpus, written for this project): every message goes
 * through the real intake from an IMAP mailbox, and each line of expectations.tsv says what it
 * must become: a ticket (summary, requester, words of the body, attachments), a reply on the ticket
 * an earlier message opened, a linked ticket, a bounce note, nothing (automatic mail), or
 * quarantine. {{run}} makes every address, subject and Message-ID unique to this run, and
 * {{ticket:cNNN}} becomes the number of the ticket case cNNN opened.
 */
class CorpusIT {

    private static final Api ADMIN = Api.as("admin");
    private static final Api AGENT = Api.as("agent");
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static GreenMail imap;
    private static GreenMailUser desk;
    private static long mailbox;

    /** One line of expectations.tsv. */
    record Expectation(
            String file,
            String outcome,
            String summary,
            String sender,
            String body,
            String files,
            String on,
            int phase) {

        String id() {
            return file.substring(0, 4);
        }
    }

    @BeforeAll
    static void start() {
        imap = new GreenMail(new ServerSetup(9392, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        imap.start();
        desk = imap.setUser("desk@corpus.example", "corpus", "secret");
        Api.Reply r = ADMIN.post(
                "/api/v1/plugins/instances",
                json(
                        "plugin",
                        "mail-imap",
                        "factory",
                        "imap",
                        "name",
                        "Corpus mailbox " + RUN,
                        "config",
                        Json.createObjectBuilder()
                                .add("host", "127.0.0.1")
                                .add("port", 9392)
                                .add("security", "none")
                                .add("username", "corpus")
                                .add("password", "secret")
                                .add("allowInternal", "127.0.0.1")
                                .add("pollSeconds", 1)
                                .add("maxMessageBytes", 1_000_000)
                                .build()));
        assertEquals(201, r.status(), r.toString());
        mailbox = r.json().getJsonNumber("id").longValue();
    }

    @AfterAll
    static void stop() {
        ADMIN.delete("/api/v1/plugins/instances/" + mailbox);
        imap.stop();
    }

    @Test
    void everyMessageOfTheCorpusBecomesWhatItsExpectationSays() throws Exception {
        List<Expectation> all = expectations();
        assertTrue(all.size() >= 80, "the corpus has at least 80 messages, not " + all.size());
        Map<String, String> ticketOf = new HashMap<>();
        List<String> failures = new ArrayList<>();
        for (int phase = 1; phase <= 2; phase++) {
            int p = phase;
            List<Expectation> now = all.stream().filter(e -> e.phase() == p).toList();
            for (Expectation e : now) {
                deliver(resolve(read(e.file()), ticketOf));
            }
            Map<String, JsonObject> log = awaitAllTakenIn(now.size() + (p == 2 ? count(all, 1) : 0));
            for (Expectation e : now) {
                JsonObject row = log.get(e.id());
                if (row == null) {
                    failures.add(e.file() + ": not taken in");
                    continue;
                }
                if (row.containsKey("ticketId") && !row.isNull("ticketId")) {
                    ticketOf.put(
                            e.id(),
                            "TKT-"
                                    + String.format(
                                            "%06d",
                                            row.getJsonNumber("ticketId").longValue()));
                }
                check(e, row, ticketOf, failures);
            }
        }
        assertTrue(
                failures.isEmpty(),
                failures.size() + " of " + all.size() + " messages went wrong:\n" + String.join("\n", failures));
    }

    @Test
    void theSameMessageThroughTwoMailboxesMakesOneTicket() throws Exception {
        GreenMailUser sales = imap.setUser("sales@corpus.example", "corpus-sales", "secret");
        long second = ADMIN.post(
                        "/api/v1/plugins/instances",
                        json(
                                "plugin",
                                "mail-imap",
                                "factory",
                                "imap",
                                "name",
                                "Corpus second mailbox " + RUN,
                                "config",
                                Json.createObjectBuilder()
                                        .add("host", "127.0.0.1")
                                        .add("port", 9392)
                                        .add("security", "none")
                                        .add("username", "corpus-sales")
                                        .add("password", "secret")
                                        .add("allowInternal", "127.0.0.1")
                                        .add("pollSeconds", 1)
                                        .build()))
                .json()
                .getJsonNumber("id")
                .longValue();
        try {
            String raw =
                    "From: Both <both." + RUN + "@customer.example>\r\nTo: desk@corpus.example, sales@corpus.example"
                            + "\r\nSubject: Sent to two mailboxes " + RUN + "\r\nMessage-ID: <both-" + RUN
                            + "@customer.example>"
                            + "\r\nContent-Type: text/plain\r\n\r\nOne message, two addresses.\r\n";
            deliver(raw);
            Map<String, JsonObject> first = awaitOne(mailbox, "both-" + RUN);
            sales.deliver(new MimeMessage(
                    Session.getInstance(new Properties()),
                    new ByteArrayInputStream(("Received: from mx2\r\n" + raw).getBytes(StandardCharsets.US_ASCII))));
            Map<String, JsonObject> copy = awaitOne(second, "both-" + RUN);
            JsonObject a = first.values().iterator().next();
            JsonObject b = copy.values().iterator().next();
            assertEquals("ticket", a.getString("outcome"));
            assertEquals("duplicate", b.getString("outcome"), b.toString());
            assertEquals(
                    a.getJsonNumber("ticketId"), b.getJsonNumber("ticketId"), "the copy points at the same ticket");
        } finally {
            ADMIN.delete("/api/v1/plugins/instances/" + second);
        }
    }

    private static Map<String, JsonObject> awaitOne(long box, String messageIdStart) {
        long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < until) {
            for (JsonObject row : ADMIN.get("/api/v1/mail/messages?mailbox=" + box + "&pageSize=200")
                    .json()
                    .getJsonArray("items")
                    .getValuesAs(JsonObject.class)) {
                if (row.getString("messageId", "").startsWith(messageIdStart)
                        && !"received".equals(row.getString("state"))) {
                    return Map.of(messageIdStart, row);
                }
            }
            Receiver.sleep(300);
        }
        throw new AssertionError("mailbox " + box + " did not take in " + messageIdStart);
    }

    private static long count(List<Expectation> all, int phase) {
        return all.stream().filter(e -> e.phase() == phase).count();
    }

    private void check(Expectation e, JsonObject row, Map<String, String> ticketOf, List<String> failures) {
        String state = row.getString("state");
        String outcome = row.getString("outcome", "");
        String ticket = ticketOf.get(e.id());
        List<String> wrong = new ArrayList<>();
        switch (e.outcome()) {
            case "ticket" -> {
                expect(
                        wrong,
                        "processed".equals(state) && outcome.equals("ticket"),
                        "a ticket, got " + state + "/" + outcome + " (" + row.getString("reason", "") + ")");
                if (ticket != null) {
                    JsonObject t = AGENT.get("/api/v1/tickets/" + ticket).json();
                    expectTicket(wrong, e, t, ticketOf);
                }
            }
            case "linked" -> {
                expect(wrong, outcome.equals("ticket-linked"), "a linked ticket, got " + state + "/" + outcome);
                if (ticket != null) {
                    expect(
                            wrong,
                            AGENT.get("/api/v1/tickets/" + ticket + "/links")
                                    .text()
                                    .contains(ticketOf.get(e.on())),
                            "linked to " + ticketOf.get(e.on()));
                }
            }
            case "reply" -> {
                expect(
                        wrong,
                        outcome.equals("reply"),
                        "a reply, got " + state + "/" + outcome + " " + row.getString("reason", ""));
                expect(wrong, ticketOf.get(e.on()).equals(ticket), "on " + ticketOf.get(e.on()) + ", got " + ticket);
                if (ticket != null && !e.body().equals("-")) {
                    expect(
                            wrong,
                            comments(ticket).contains(e.body().replace("{{run}}", RUN)),
                            "the reply's text on the ticket");
                }
            }
            case "note" -> {
                expect(wrong, outcome.equals("bounce-note"), "a bounce note, got " + state + "/" + outcome);
                expect(wrong, ticketOf.get(e.on()).equals(ticket), "on " + ticketOf.get(e.on()) + ", got " + ticket);
            }
            case "ignored" -> expect(wrong, "ignored".equals(state), "ignored, got " + state + "/" + outcome);
            case "quarantine" ->
                expect(wrong, "quarantined".equals(state), "quarantined, got " + state + "/" + outcome);
            default -> wrong.add("unknown expectation " + e.outcome());
        }
        if (!wrong.isEmpty()) {
            failures.add(e.file() + ": " + String.join("; ", wrong));
        }
    }

    private static void expectTicket(List<String> wrong, Expectation e, JsonObject t, Map<String, String> ticketOf) {
        String summary = resolve(e.summary(), ticketOf);
        expect(
                wrong,
                summary.equals(t.getString("summary")),
                "summary '" + summary + "', got '" + t.getString("summary") + "'");
        String sender = e.sender().replace("{{run}}", RUN);
        expect(
                wrong,
                !t.isNull("contact") && sender.equals(t.getJsonObject("contact").getString("email")),
                "requester " + sender + ", got " + t.get("contact"));
        String description = t.isNull("description") ? "" : t.getString("description");
        if (!e.body().equals("-")) {
            expect(
                    wrong,
                    description.contains(e.body().replace("{{run}}", RUN)),
                    "body with '" + e.body() + "', got '"
                            + (description.length() > 80 ? description.substring(0, 80) : description) + "'");
        }
        for (String bad : List.of("alert(", "<script", "javascript:")) {
            expect(wrong, !description.contains(bad), "no '" + bad + "' in the text");
        }
        if (!e.files().equals("-")) {
            String files = AGENT.get("/api/v1/tickets/" + t.getString("number") + "/attachments")
                    .text();
            for (String f : e.files().split(",")) {
                expect(wrong, files.contains("\"" + f + "\""), "attachment " + f + " in " + abbreviated(files));
            }
        }
    }

    private static String abbreviated(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }

    private static void expect(List<String> wrong, boolean ok, String what) {
        if (!ok) {
            wrong.add("expected " + what);
        }
    }

    private static String comments(String ticket) {
        return AGENT.get("/api/v1/tickets/" + ticket + "/comments?includeInternal=true")
                .text();
    }

    /** The intake log of the corpus mailbox, keyed by case id (from the Message-ID or, without one, the subject). */
    private static Map<String, JsonObject> awaitAllTakenIn(long expected) {
        long until = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        Map<String, JsonObject> byCase = new HashMap<>();
        while (System.nanoTime() < until) {
            byCase.clear();
            for (int page = 1; page <= 3; page++) {
                for (JsonObject row : ADMIN.get(
                                "/api/v1/mail/messages?mailbox=" + mailbox + "&pageSize=200&page=" + page)
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)) {
                    String key = caseOf(row);
                    if (key != null && !"received".equals(row.getString("state"))) {
                        byCase.put(key, row);
                    }
                }
            }
            if (byCase.size() >= expected) {
                return byCase;
            }
            Receiver.sleep(500);
        }
        return byCase;
    }

    private static final Map<String, String> SUBJECTS = new HashMap<>();

    private static String caseOf(JsonObject row) {
        String id = row.getString("messageId", "");
        if (id.matches("c\\d{3}x?-.*")) {
            String c = id.substring(0, 4);
            return id.startsWith("c065x") && row.getString("subject", "").startsWith("Reused id B") ? "c066" : c;
        }
        String subject = row.getString("subject", "");
        return SUBJECTS.entrySet().stream()
                .filter(s -> subject.equals(s.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    private static List<Expectation> expectations() throws IOException {
        List<Expectation> out = new ArrayList<>();
        String tsv;
        try (InputStream in = CorpusIT.class.getResourceAsStream("/mail-corpus/expectations.tsv")) {
            tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String line : tsv.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            Expectation e = new Expectation(f[0], f[1], f[2], f[3], f[4], f[5], f[6], Integer.parseInt(f[7].strip()));
            if (!e.summary().equals("-")) {
                SUBJECTS.put(e.summary().replace("{{run}}", RUN), e.id()); // messages without a Message-ID
            }
            out.add(e);
        }
        return out;
    }

    private static String read(String name) throws IOException {
        try (InputStream in = CorpusIT.class.getResourceAsStream("/mail-corpus/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static String resolve(String text, Map<String, String> ticketOf) {
        String s = text.replace("{{run}}", RUN);
        for (Map.Entry<String, String> t : ticketOf.entrySet()) {
            s = s.replace("{{ticket:" + t.getKey() + "}}", t.getValue());
        }
        return s;
    }

    private static void deliver(String raw) throws Exception {
        desk.deliver(new MimeMessage(
                Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.ISO_8859_1))));
    }
}

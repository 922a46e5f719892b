import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Bulk path for measuring at volume: writes tickets straight into a STOPPED server's embedded Derby
 * database, the way the application would have stored them (ids from the ticket sequence, SLA
 * columns, queue state and deadline, one history row each, the running tally), spread over the
 * last 120 days: recent ones mostly open, older ones mostly resolved or closed. Deterministic
 * (fixed seed). No events are written: these tickets notify nobody.
 *
 *   server/target/liberty/wlp/bin/server stop switchboard
 *   java -Duser.timezone=UTC -cp "$HOME/.m2/repository/org/apache/derby/derby/10.16.1.1/derby-10.16.1.1.jar:\
 *     $HOME/.m2/repository/org/apache/derby/derbyshared/10.16.1.1/derbyshared-10.16.1.1.jar:\
 *     $HOME/.m2/repository/org/apache/derby/derbytools/10.16.1.1/derbytools-10.16.1.1.jar" \
 *     bench/BulkSeed.java server/target/liberty/wlp/usr/servers/switchboard/derby/switchboard 100000
 */
public class BulkSeed {

    static final String[] WORDS = {"Outlook not syncing", "VPN drops", "Printer jammed", "New starter account", "Excel crashes",
        "Password reset", "Wi-Fi slow", "Teams call drops", "Shared drive full", "Badge reader offline", "Monitor flickers", "MFA loop",
        "Laptop battery", "Licence request", "Backup failed", "DNS not resolving", "Firewall rule", "Phone extension", "Scanner offline",
        "SharePoint access"};
    /** Response and resolution minutes of the default SLA policies, by priority rank 1..4. */
    static final long[][] SLA = {{}, {60, 240}, {240, 480}, {480, 1440}, {1440, 4320}};
    /**
     * Ticket types and origins as the application stores them today: the enum ordinal (incident 0, service
     * request 1, problem 2, change 3; origin api 2), because EclipseLink does not apply the Keyed converters.
     */
    static final String[] TYPES = {"0", "0", "0", "1", "1", "2", "3"};
    static final String ORIGIN_API = "2";

    record Key(long status, short priority, long category, long board, long assignee) {}

    public static void main(String[] args) throws Exception {
        String db = args[0];
        int count = Integer.parseInt(args[1]);
        Random random = new Random(42);
        Instant now = Instant.now();
        Map<Key, long[]> tally = new HashMap<>();
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:derby:" + db)) {
            c.setAutoCommit(false);
            PreparedStatement ticket = c.prepareStatement("INSERT INTO ticket (id, version, summary, description, priority, ticket_type, status_id,"
                    + " category_id, company_id, assignee_id, board_id, sla_started_at, sla_paused_at, sla_paused_seconds, sla_response_minutes,"
                    + " sla_resolution_minutes, sla_calendar, first_response_due_at, resolution_due_at, first_response_at, resolved_at, closed_at,"
                    + " source, queue_state, deadline_at, created_at, created_by, updated_at, updated_by, view_count)"
                    + " VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, '24x7', ?, ?, ?, ?, ?, '" + ORIGIN_API + "', ?, ?, ?, 'agent', ?, 'agent', 0)");
            PreparedStatement history = c.prepareStatement("INSERT INTO ticket_history (id, ticket_id, field, old_value, new_value, actor, origin,"
                    + " changed_at) VALUES (?, ?, 'created', NULL, ?, 'agent', '" + ORIGIN_API + "', ?)");
            PreparedStatement nextTicket = c.prepareStatement("VALUES NEXT VALUE FOR ticket_seq");
            PreparedStatement nextHistory = c.prepareStatement("VALUES NEXT VALUE FOR ticket_history_seq");
            long historyId = 0;
            long historyLast = -1;
            for (int i = 0; i < count; i++) {
                long id = next(nextTicket);
                if (historyId > historyLast) {
                    historyLast = next(nextHistory); // allocation 100: a value V gives V-99..V, as EclipseLink takes them
                    historyId = historyLast - 99;
                }
                double ageDays = Math.pow(random.nextDouble(), 1.6) * 120; // more tickets recently
                Instant created = now.minus(Duration.ofSeconds((long) (ageDays * 86_400)));
                int pr = random.nextInt(100);
                short priority = (short) (pr < 10 ? 1 : pr < 35 ? 2 : pr < 75 ? 3 : 4);
                boolean done = random.nextDouble() < (ageDays > 30 ? 0.93 : ageDays > 5 ? 0.55 : 0.2);
                long status;
                Instant firstResponse = null;
                Instant resolved = null;
                Instant closed = null;
                Instant paused = null;
                Instant frDue = created.plus(Duration.ofMinutes(SLA[priority][0]));
                Instant resDue = created.plus(Duration.ofMinutes(SLA[priority][1]));
                if (done) {
                    resolved = created.plus(Duration.ofMinutes(30 + random.nextInt(SLA[priority][1] < 1000 ? 600 : 6000)));
                    if (resolved.isAfter(now)) {
                        resolved = now.isAfter(created) ? now : created; // a ticket from the last minutes resolved just now
                    }
                    firstResponse = created.plus(Duration.ofMinutes(5 + random.nextInt(60)));
                    int s = random.nextInt(10);
                    status = s < 5 ? 6 : s < 9 ? 7 : 8;
                    if (status != 6) {
                        closed = resolved.plus(Duration.ofHours(24));
                        closed = closed.isAfter(now) ? now : closed;
                    }
                } else {
                    int s = random.nextInt(10);
                    status = s < 3 ? 1 : s < 5 ? 2 : s < 8 ? 3 : s < 9 ? 4 : 5;
                    if (status != 1 && random.nextBoolean()) {
                        firstResponse = created.plus(Duration.ofMinutes(5 + random.nextInt(90)));
                    }
                    if (status == 4 || status == 5) {
                        paused = created.plus(Duration.ofMinutes(random.nextInt(120)));
                    }
                }
                Instant deadline = done || paused != null ? null : firstResponse == null ? frDue : resDue;
                long category = random.nextInt(6);
                long assignee = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(3);
                long board = 1 + random.nextInt(3);
                Instant updated = closed != null ? closed : resolved != null ? resolved : created;

                int p = 1;
                ticket.setLong(p++, id);
                ticket.setString(p++, WORDS[random.nextInt(WORDS.length)] + " " + i);
                ticket.setString(p++, i % 10 == 0 ? "Seeded ticket " + i + ": details as the requester gave them." : null);
                ticket.setShort(p++, priority);
                ticket.setString(p++, TYPES[random.nextInt(TYPES.length)]);
                ticket.setLong(p++, status);
                setId(ticket, p++, category);
                ticket.setLong(p++, 1 + random.nextInt(3));
                setId(ticket, p++, assignee);
                ticket.setLong(p++, board);
                ticket.setTimestamp(p++, ts(created));
                ticket.setTimestamp(p++, ts(paused));
                ticket.setLong(p++, SLA[priority][0]);
                ticket.setLong(p++, SLA[priority][1]);
                ticket.setTimestamp(p++, ts(frDue));
                ticket.setTimestamp(p++, ts(resDue));
                ticket.setTimestamp(p++, ts(firstResponse));
                ticket.setTimestamp(p++, ts(resolved));
                ticket.setTimestamp(p++, ts(closed));
                ticket.setShort(p++, (short) (done ? 1 : 0));
                ticket.setTimestamp(p++, ts(deadline));
                ticket.setTimestamp(p++, ts(created));
                ticket.setTimestamp(p++, ts(updated));
                ticket.addBatch();

                history.setLong(1, historyId++);
                history.setLong(2, id);
                history.setString(3, "Seeded " + i);
                history.setTimestamp(4, ts(created));
                history.addBatch();

                long[] cell = tally.computeIfAbsent(new Key(status, priority, category, board, assignee), k -> new long[4]);
                cell[0]++;
                if (done) {
                    cell[1]++;
                    cell[2] += Math.max(0, resolved.getEpochSecond() - created.getEpochSecond());
                    cell[3] += resolved.isAfter(resDue) ? 0 : 1;
                }
                if (i % 2000 == 1999) {
                    ticket.executeBatch();
                    history.executeBatch();
                    c.commit();
                }
                if (i % 20000 == 19999) {
                    System.out.printf("%,d tickets in %.0f s%n", i + 1, (System.nanoTime() - started) / 1e9);
                }
            }
            ticket.executeBatch();
            history.executeBatch();
            PreparedStatement add = c.prepareStatement("UPDATE ticket_tally SET n = n + ?, resolved = resolved + ?, resolved_seconds = resolved_seconds + ?,"
                    + " sla_met = sla_met + ? WHERE status_id = ? AND priority = ? AND category_id = ? AND board_id = ? AND assignee_id = ?");
            PreparedStatement insert = c.prepareStatement("INSERT INTO ticket_tally (n, resolved, resolved_seconds, sla_met, status_id, priority,"
                    + " category_id, board_id, assignee_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
            for (Map.Entry<Key, long[]> e : tally.entrySet()) {
                for (PreparedStatement s : List.of(add, insert)) {
                    long[] v = e.getValue();
                    Key k = e.getKey();
                    Object[] values = {v[0], v[1], v[2], v[3], k.status(), k.priority(), k.category(), k.board(), k.assignee()};
                    for (int j = 0; j < values.length; j++) {
                        s.setObject(j + 1, values[j]);
                    }
                    if (s.executeUpdate() > 0) {
                        break;
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE tally_fold_lock SET generation = generation + 1 WHERE id = 1");
            }
            c.commit();
        }
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true");
        } catch (java.sql.SQLException expected) {
            // Derby reports a clean shutdown as an exception
        }
        System.out.printf("done: %,d tickets in %.0f s%n", count, (System.nanoTime() - started) / 1e9);
    }

    static long next(PreparedStatement sequence) throws Exception {
        try (ResultSet r = sequence.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    static void setId(PreparedStatement s, int index, long id) throws Exception {
        if (id == 0) {
            s.setNull(index, java.sql.Types.BIGINT);
        } else {
            s.setLong(index, id);
        }
    }

    static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}

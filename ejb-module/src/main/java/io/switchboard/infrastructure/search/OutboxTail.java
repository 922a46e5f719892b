package io.switchboard.infrastructure.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Reads the outbox for the search index: which tickets changed. Every server reads all events
 * (the dispatcher's delivery state does not matter here), so each server's index sees every
 * change, wherever it was made.
 */
@ApplicationScoped
public class OutboxTail {

    /** One event: its position in the outbox, its ticket and when it happened. */
    record Change(long position, long ticketId, Instant occurredAt) {}

    @Resource(lookup = "jdbc/switchboard")
    DataSource dataSource;

    /** Events after {@code position}, oldest first, at most {@code limit}. */
    List<Change> after(long position, int limit) {
        return read("SELECT id, ticket_id, occurred_at FROM outbox_event WHERE id > ? ORDER BY id", position, limit);
    }

    /** Events that happened at or after {@code since}, whatever their position. */
    List<Change> since(Instant since, int limit) {
        return read(
                "SELECT id, ticket_id, occurred_at FROM outbox_event WHERE occurred_at >= ? ORDER BY occurred_at",
                Timestamp.from(since),
                limit);
    }

    /** The newest position, and the id of the oldest event as a fingerprint of the database. */
    Origin origin() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT MAX(id), MIN(id) FROM outbox_event");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            long newest = rs.getLong(1);
            long oldest = rs.getLong(2);
            if (rs.wasNull()) {
                return new Origin(0, "");
            }
            try (PreparedStatement e = c.prepareStatement("SELECT event_id FROM outbox_event WHERE id = ?")) {
                e.setLong(1, oldest);
                try (ResultSet first = e.executeQuery()) {
                    return new Origin(newest, first.next() ? first.getString(1) : "");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the outbox could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * @param newest the newest event's position
     * @param fingerprint the oldest event's id: an index made from another database (a server
     *     directory reused after the database was recreated) has a different one
     */
    record Origin(long newest, String fingerprint) {}

    private List<Change> read(String sql, Object bound, int limit) {
        List<Change> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, bound);
            s.setMaxRows(limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new Change(
                            rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the outbox could not be read: " + e.getMessage(), e);
        }
        return out;
    }
}

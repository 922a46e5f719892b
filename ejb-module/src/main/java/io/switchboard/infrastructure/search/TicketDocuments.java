package io.switchboard.infrastructure.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Reads tickets as the index wants them, straight over JDBC: a rebuild streams every ticket and
 * every comment in two id-ordered reads merged side by side, instead of a query per ticket.
 */
@ApplicationScoped
public class TicketDocuments {

    private static final String TICKETS = "SELECT t.id, t.summary, t.description, c.name, c.email, co.name"
            + " FROM ticket t LEFT JOIN contact c ON c.id = t.contact_id LEFT JOIN company co ON co.id = t.company_id";
    private static final String COMMENTS = "SELECT ticket_id, body_text, is_internal FROM ticket_comment";

    @Resource(lookup = "jdbc/switchboard")
    DataSource dataSource;

    /** The given tickets as they are now; ids of tickets that no longer exist are left out. */
    List<IndexedTicket> read(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = " IN (" + String.join(",", ids.stream().map(String::valueOf).toList()) + ")";
        Map<Long, Builder> byId = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(TICKETS + " WHERE t.id" + in);
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    byId.put(rs.getLong(1), new Builder(rs));
                }
            }
            try (PreparedStatement s = c.prepareStatement(COMMENTS + " WHERE ticket_id" + in + " ORDER BY id");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Builder b = byId.get(rs.getLong(1));
                    if (b != null) {
                        b.comment(rs);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("tickets could not be read for the search index: " + e.getMessage(), e);
        }
        return byId.values().stream().map(Builder::build).toList();
    }

    /**
     * Ids of tickets above {@code id}, lowest first: tickets that arrive without an outbox event
     * (an import writes its past straight into the tables).
     */
    List<Long> idsAfter(long id, int limit) {
        List<Long> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT id FROM ticket WHERE id > ? ORDER BY id")) {
            s.setLong(1, id);
            s.setMaxRows(limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("tickets could not be read for the search index: " + e.getMessage(), e);
        }
        return out;
    }

    /** Every ticket, in id order. */
    void readAll(Consumer<IndexedTicket> sink) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false); // PostgreSQL streams a result only inside a transaction
            try {
                readAll(c, sink);
            } finally {
                c.rollback(); // read only
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("tickets could not be read for the search index: " + e.getMessage(), e);
        }
    }

    private static void readAll(Connection c, Consumer<IndexedTicket> sink) throws SQLException {
        try (PreparedStatement ts = streaming(c, TICKETS + " ORDER BY t.id");
                PreparedStatement cs = streaming(c, COMMENTS + " ORDER BY ticket_id, id");
                ResultSet tickets = ts.executeQuery();
                ResultSet comments = cs.executeQuery()) {
            boolean moreComments = comments.next();
            while (tickets.next()) {
                Builder b = new Builder(tickets);
                while (moreComments && comments.getLong(1) <= b.id) {
                    if (comments.getLong(1) == b.id) {
                        b.comment(comments);
                    }
                    moreComments = comments.next();
                }
                sink.accept(b.build());
            }
        }
    }

    private static PreparedStatement streaming(Connection c, String sql) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        s.setFetchSize(1000); // and with a fetch size
        return s;
    }

    private static final class Builder {
        private final long id;
        private final String summary;
        private final String description;
        private final String requester;
        private final String company;
        private final List<String> replies = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        Builder(ResultSet rs) throws SQLException {
            id = rs.getLong(1);
            summary = rs.getString(2);
            description = rs.getString(3);
            String name = rs.getString(4);
            String email = rs.getString(5);
            requester = name == null ? email : email == null ? name : name + " " + email;
            company = rs.getString(6);
        }

        void comment(ResultSet rs) throws SQLException {
            (rs.getBoolean(3) ? notes : replies).add(rs.getString(2));
        }

        IndexedTicket build() {
            return new IndexedTicket(id, summary, description, replies, notes, requester, company);
        }
    }
}

package io.switchboard.infrastructure.schedule;

import jakarta.annotation.Resource;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * The lease table in plain JDBC, each statement committed on its own. Expiry is computed and
 * compared with the database's CURRENT_TIMESTAMP, never a server's clock: two servers whose
 * clocks disagree still agree on whether a lease has run out. The JDBC escape
 * {@code {fn TIMESTAMPADD(...)}} is understood by Derby and PostgreSQL alike.
 */
@Stateless
@TransactionAttribute(
        TransactionAttributeType.NOT_SUPPORTED) // each statement commits alone, whatever the caller runs in
public class JdbcLeases implements Leases {

    /** SQLState of a unique-key violation, the same on Derby and PostgreSQL. */
    private static final String DUPLICATE_KEY = "23505";

    @Resource(lookup = "jdbc/switchboard")
    DataSource dataSource;

    @Override
    public OptionalLong claim(String name, String owner, long seconds) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            int updated;
            try (PreparedStatement p = c.prepareStatement("UPDATE ticker_lease SET owner = ?,"
                    + " term = CASE WHEN owner = ? THEN term ELSE term + 1 END,"
                    + " acquired_at = CASE WHEN owner = ? THEN acquired_at ELSE CURRENT_TIMESTAMP END,"
                    + " expires_at = " + expiry(seconds)
                    + " WHERE name = ? AND (owner IS NULL OR owner = ? OR expires_at < CURRENT_TIMESTAMP)")) {
                p.setString(1, owner);
                p.setString(2, owner);
                p.setString(3, owner);
                p.setString(4, name);
                p.setString(5, owner);
                updated = p.executeUpdate();
            }
            if (updated == 0) {
                return insertFirst(c, name, owner, seconds) ? OptionalLong.of(1) : OptionalLong.empty();
            }
            try (PreparedStatement p =
                    c.prepareStatement("SELECT term FROM ticker_lease WHERE name = ? AND owner = ?")) {
                p.setString(1, name);
                p.setString(2, owner);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? OptionalLong.of(r.getLong(1)) : OptionalLong.empty();
                }
            }
        } catch (SQLException e) {
            throw new LeaseUnavailable("cannot claim the lease " + name, e);
        }
    }

    /** The first server to tick a new name creates its row; the others lose the race on the primary key. */
    private static boolean insertFirst(Connection c, String name, String owner, long seconds) throws SQLException {
        try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM ticker_lease WHERE name = ?")) {
            exists.setString(1, name);
            try (ResultSet r = exists.executeQuery()) {
                if (r.next()) {
                    return false; // held by another server
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO ticker_lease (name, owner, term, acquired_at, expires_at) VALUES (?, ?, 1, CURRENT_TIMESTAMP, "
                        + expiry(seconds) + ")")) {
            p.setString(1, name);
            p.setString(2, owner);
            p.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (DUPLICATE_KEY.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public boolean renew(String name, String owner, long term, long seconds) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement("UPDATE ticker_lease SET expires_at = " + expiry(seconds)
                        + " WHERE name = ? AND owner = ? AND term = ?")) {
            c.setAutoCommit(true);
            p.setString(1, name);
            p.setString(2, owner);
            p.setLong(3, term);
            return p.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new LeaseUnavailable("cannot renew the lease " + name, e);
        }
    }

    @Override
    public void release(String name, String owner) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement(
                        "UPDATE ticker_lease SET owner = NULL, expires_at = NULL WHERE name = ? AND owner = ?")) {
            c.setAutoCommit(true);
            p.setString(1, name);
            p.setString(2, owner);
            p.executeUpdate();
        } catch (SQLException e) {
            throw new LeaseUnavailable("cannot release the lease " + name, e);
        }
    }

    @Override
    public List<Holder> holders() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement("SELECT name, owner, term, expires_at FROM ticker_lease");
                ResultSet r = p.executeQuery()) {
            List<Holder> out = new ArrayList<>();
            while (r.next()) {
                Timestamp expires = r.getTimestamp(4);
                out.add(new Holder(
                        r.getString(1), r.getString(2), r.getLong(3), expires == null ? null : expires.toInstant()));
            }
            return out;
        } catch (SQLException e) {
            throw new LeaseUnavailable("cannot read the leases", e);
        }
    }

    /** Seconds are a whole number the ticker computed, never input: safe to write into the statement. */
    private static String expiry(long seconds) {
        return "{fn TIMESTAMPADD(SQL_TSI_SECOND, " + Math.max(1, seconds) + ", CURRENT_TIMESTAMP)}";
    }

    /** The database could not be asked; the ticker treats the lease as lost until it can claim it again. */
    @ApplicationException
    public static final class LeaseUnavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LeaseUnavailable(String message, SQLException cause) {
            super(message + ": " + cause.getMessage(), cause);
        }
    }
}

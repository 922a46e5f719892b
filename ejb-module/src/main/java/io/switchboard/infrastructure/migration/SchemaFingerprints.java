package io.switchboard.infrastructure.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The fingerprint of the changelogs of the last successful migration, in the table schema_fingerprint (changelog 053). */
final class SchemaFingerprints {

    private SchemaFingerprints() {}

    /** Empty on a database that has none yet, or no such table (before changelog 053 ran). */
    static Optional<String> stored(Connection c) {
        try (PreparedStatement p = c.prepareStatement("SELECT fingerprint FROM schema_fingerprint WHERE id = 1");
                ResultSet r = p.executeQuery()) {
            return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    static void remember(Connection c, String fingerprint) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE schema_fingerprint SET fingerprint = ?, applied_at = CURRENT_TIMESTAMP WHERE id = 1")) {
            update.setString(1, fingerprint);
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO schema_fingerprint (id, fingerprint, applied_at) VALUES (1, ?, CURRENT_TIMESTAMP)")) {
            insert.setString(1, fingerprint);
            insert.executeUpdate();
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState())) { // another server wrote it first: the same fingerprint
                throw e;
            }
        }
    }
}

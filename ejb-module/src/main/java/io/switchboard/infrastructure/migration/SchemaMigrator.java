package io.switchboard.infrastructure.migration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.core.DerbyDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.util.LiquibaseUtil;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings the schema up to date before anything else touches the database. Liquibase commits on
 * its own connection, so this bean manages no container transaction. Parsing and checking two
 * dozen changelogs costs seconds at every start, so the changelogs' fingerprint is recorded after
 * each successful run and Liquibase is skipped while it matches: any edited, added or removed
 * changelog, or other contexts, runs it.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());
    private static final String CHANGELOG = "db/changelog/db.changelog-master.xml";

    @Resource(lookup = "jdbc/switchboard")
    private DataSource dataSource;

    /** Liquibase contexts to run: "demo" adds the demo agents and customers; production sets "prod". */
    @Inject
    @ConfigProperty(name = "switchboard.migrations.contexts", defaultValue = "demo")
    private String contexts;

    @PostConstruct
    void migrate() {
        long started = System.nanoTime();
        Optional<String> fingerprint = ChangelogFingerprint.of(
                CHANGELOG, contexts, LiquibaseUtil.getBuildVersion(), getClass().getClassLoader());
        try {
            if (fingerprint.isPresent() && fingerprint.equals(stored())) {
                LOG.info(() -> String.format(
                        "Schema up to date: the changelogs are those of the last migration (%s); Liquibase skipped in %d ms",
                        fingerprint.get().substring(0, 12), (System.nanoTime() - started) / 1_000_000));
                return;
            }
            try (Connection connection = dataSource.getConnection()) {
                runLiquibase(connection);
            }
            if (fingerprint.isPresent()) {
                try (Connection connection = dataSource.getConnection()) {
                    SchemaFingerprints.remember(connection, fingerprint.get());
                }
            }
        } catch (SQLException | LiquibaseException e) {
            throw new IllegalStateException(
                    "Database migration failed; Switchboard cannot start: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("Database migration failed; Switchboard cannot start", e);
        }
        LOG.info(() -> String.format(
                "Schema up to date (contexts '%s') in %d ms", contexts, (System.nanoTime() - started) / 1_000_000));
    }

    private Optional<String> stored() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return SchemaFingerprints.stored(connection);
        }
    }

    private void runLiquibase(Connection connection) throws Exception {
        Database database =
                DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        if (database instanceof DerbyDatabase derby) {
            derby.setShutdownEmbeddedDerby(false); // Liberty owns the embedded database; Liquibase must not stop it
        }
        try (Liquibase liquibase = new Liquibase(
                CHANGELOG, new ClassLoaderResourceAccessor(getClass().getClassLoader()), database)) {
            liquibase.update(new Contexts(contexts), new LabelExpression());
        }
    }
}

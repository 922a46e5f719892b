package io.switchboard.infrastructure.search;

import io.switchboard.application.search.TicketSearch;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Which full-text engine the desk searches with, by the database it runs on: PostgreSQL's own
 * index, shared by every server, or this server's Lucene index (embedded Derby has no full-text
 * search of its own).
 */
@ApplicationScoped
public class SearchEngines {

    @Resource(lookup = "jdbc/switchboard")
    DataSource dataSource;

    @Inject
    Instance<LuceneTicketIndex> lucene;

    @Inject
    Instance<PostgresTicketSearch> postgres;

    private volatile Boolean onPostgres;

    @Produces
    @ApplicationScoped
    TicketSearch engine() {
        return usesLucene() ? lucene.get() : postgres.get();
    }

    /** Whether this server keeps a Lucene index (and so follows the outbox to keep it). */
    public boolean usesLucene() {
        Boolean known = onPostgres;
        if (known == null) {
            try (Connection c = dataSource.getConnection()) {
                known = c.getMetaData()
                        .getDatabaseProductName()
                        .toLowerCase(Locale.ROOT)
                        .contains("postgres");
            } catch (SQLException e) {
                throw new IllegalStateException("the database could not be asked what it is: " + e.getMessage(), e);
            }
            onPostgres = known;
        }
        return !known;
    }
}

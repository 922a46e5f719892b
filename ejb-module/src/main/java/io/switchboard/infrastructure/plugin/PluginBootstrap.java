package io.switchboard.infrastructure.plugin;

import io.switchboard.application.schedule.LeasedTickers;
import io.switchboard.application.schedule.TickSchedule;
import io.switchboard.application.schedule.Ticker;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Loads the installed plugins from the database once the schema is up, and keeps two tickers
 * going, every {@code switchboard.plugins.scan-seconds}: {@code plugin-sync} on every server
 * (what the database says is installed is what this server runs) and, when there is a plugins
 * directory, {@code plugin-directory:<its id>}, leased, so that a directory several servers share
 * is reconciled by one of them at a time while each server's own directory is its own.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PluginBootstrap {

    private static final Logger LOG = Logger.getLogger(PluginBootstrap.class.getName());

    @Inject
    PluginRuntime runtime;

    @Inject
    PluginDirectory directory;

    @Inject
    PluginSettings settings;

    @Inject
    LeasedTickers tickers;

    private Ticker sync;
    private Ticker watch;

    @PostConstruct
    void start() {
        clearCache(settings.cacheDirectory());
        Duration every = Duration.ofSeconds(settings.scanSeconds());
        if (settings.hasDirectory()) {
            LOG.info(() -> "Plugins directory: " + settings.directory());
            try {
                directory.reconcile(); // a jar dropped in while the server was down is running when it is ready
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Reading the plugins directory failed; the next scan tries again", e);
            }
            watch = tickers.start(
                    TickSchedule.every("plugin-directory:" + directory.id(), every), directory::reconcile);
        }
        runtime.refresh();
        sync = tickers.start(TickSchedule.every("plugin-sync", every).onEveryServer(), runtime::refresh);
    }

    @PreDestroy
    void stop() {
        if (watch != null) {
            watch.stop();
        }
        if (sync != null) {
            sync.stop();
        }
        runtime.shutdown();
    }

    /** The loader's private copies of a previous run; the copies by digest are kept and checked before use. */
    private static void clearCache(Path cache) {
        if (!Files.isDirectory(cache)) {
            return;
        }
        try (Stream<Path> stale = Files.list(cache)) {
            stale.filter(p -> p.getFileName().toString().endsWith(".jar")).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.log(Level.FINE, "Could not delete " + p, e);
                }
            });
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not clear " + cache, e);
        }
    }
}

package io.switchboard.infrastructure.plugin;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Loads the plugins in the directory once the schema is up, then watches the directory: a jar
 * dropped in, replaced or deleted takes effect within {@code switchboard.plugins.scan-seconds}.
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
    PluginSettings settings;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> watch;

    @PostConstruct
    void start() {
        clearCache(settings.cacheDirectory());
        LOG.info(() -> "Plugins directory: " + settings.directory());
        runtime.scan(PluginRuntime.DIRECTORY_ACTOR);
        watch = scheduler.scheduleWithFixedDelay(this::scan, settings.scanSeconds(), settings.scanSeconds(), TimeUnit.SECONDS);
    }

    private void scan() {
        try {
            runtime.scan(PluginRuntime.DIRECTORY_ACTOR);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Scanning the plugins directory failed; trying again in " + settings.scanSeconds() + " s", e);
        }
    }

    @PreDestroy
    void stop() {
        if (watch != null) {
            watch.cancel(false);
        }
        runtime.shutdown();
    }

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

package io.switchboard.infrastructure.plugin;

import io.switchboard.application.PortalAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where plugins live and how patient the host is with them. Every value is a server.xml
 * variable, so an environment variable (SWITCHBOARD_PLUGINS_DIR, ...) overrides it.
 */
@ApplicationScoped
public class PluginSettings implements PortalAddress {

    /** The directory an admin drops jars into; server.xml sets it to ${server.config.dir}/plugins; "none" for no directory. */
    @Inject
    @ConfigProperty(name = "switchboard.plugins.dir", defaultValue = "plugins")
    String directory;

    /** Private copies of loaded jars, so that replacing a file never changes a running version. */
    @Inject
    @ConfigProperty(name = "switchboard.plugins.cache-dir", defaultValue = "plugin-cache")
    String cacheDirectory;

    @Inject
    @ConfigProperty(name = "switchboard.plugins.scan-seconds", defaultValue = "2")
    int scanSeconds;

    @Inject
    @ConfigProperty(name = "switchboard.plugins.call-timeout-seconds", defaultValue = "10")
    int callTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "switchboard.plugins.load-timeout-seconds", defaultValue = "30")
    int loadTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "switchboard.plugins.max-jar-bytes", defaultValue = "26214400")
    long maxJarBytes;

    /** The portal's public address, for links in notifications. */
    @Inject
    @ConfigProperty(name = "switchboard.portal.url", defaultValue = "http://localhost:9080")
    String portalUrl;

    public Path directory() {
        return Path.of(directory).toAbsolutePath();
    }

    /** False when the server takes plugins only from the database (SWITCHBOARD_PLUGINS_DIR=none). */
    public boolean hasDirectory() {
        return !directory.isBlank() && !directory.equals("none");
    }

    public Path cacheDirectory() {
        return Path.of(cacheDirectory).toAbsolutePath();
    }

    public int scanSeconds() {
        return Math.max(1, scanSeconds);
    }

    public Duration callTimeout() {
        return Duration.ofSeconds(Math.max(1, callTimeoutSeconds));
    }

    public Duration loadTimeout() {
        return Duration.ofSeconds(Math.max(1, loadTimeoutSeconds));
    }

    public long maxJarBytes() {
        return maxJarBytes;
    }

    @Override
    public String portalUrl() {
        return portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
    }
}

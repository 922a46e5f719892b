package io.switchboard.plugin.mail;

import io.switchboard.plugin.PluginConfig;
import io.switchboard.plugin.PluginContext;
import io.switchboard.plugin.PluginFactory;

/** Creates one {@link MailSource} per mailbox. Listed in {@code META-INF/services/io.switchboard.plugin.mail.MailSourceFactory}. */
public interface MailSourceFactory extends PluginFactory<MailSource> {

    /**
     * Connects with a configuration that may not be saved yet and describes the mailbox (the
     * admin page's "Test connection" and folder picker). Changes nothing on the server.
     *
     * @since 1.1
     */
    default MailboxInfo describe(PluginContext context, PluginConfig config) throws Exception {
        try (MailSource source = create(context, config)) {
            return source.describe();
        }
    }
}

package io.switchboard.plugin.notify;

import io.switchboard.plugin.PluginFactory;
import java.util.Optional;

/** Creates {@link Notifier}s. List implementations in {@code META-INF/services/io.switchboard.plugin.notify.NotifierFactory}. */
public interface NotifierFactory extends PluginFactory<Notifier> {

    /**
     * The per-person channel this notifier delivers on, such as {@code "email"}: the host then
     * fills {@link Notification#recipients()} with the people who want this event on this
     * channel (assignee, watchers, requester for public events, board subscribers), and skips an
     * event nobody wants. Empty for a target that receives every event it is subscribed to
     * (a webhook, a chat room), with no recipients.
     */
    default Optional<String> channel() {
        return Optional.empty();
    }
}

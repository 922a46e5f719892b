package io.switchboard.application.notify;

import java.util.List;
import java.util.Optional;

/**
 * The notifier plugin instances an admin configured, as subscribers of the outbox. The plugin
 * host answers it; each subscriber's deliveries are contained calls into the plugin's current
 * version (so {@link EventSubscriber#containsItsCalls} is true for them).
 */
public interface NotifierInstances {

    /** The enabled instances, oldest first; those whose plugin is down are listed too, and wait. */
    List<EventSubscriber> enabled();

    /** Instance {@code id}, enabled or not, if it still exists. */
    Optional<EventSubscriber> byId(long id);
}

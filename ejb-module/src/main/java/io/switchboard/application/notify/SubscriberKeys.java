package io.switchboard.application.notify;

import java.util.Optional;

/** The outbox's names for its subscribers, so that who asks about a backlog names it as the dispatcher does. */
public final class SubscriberKeys {

    static final String NOTIFIER_INSTANCE = "plugin-instance:";

    private SubscriberKeys() {}

    /** The deliveries of notifier instance {@code instanceId}. */
    public static String notifierInstance(long instanceId) {
        return NOTIFIER_INSTANCE + instanceId;
    }

    /** The notifier instance a key names, if it names one. */
    static Optional<Long> notifierInstanceId(String key) {
        if (!key.startsWith(NOTIFIER_INSTANCE)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(key.substring(NOTIFIER_INSTANCE.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

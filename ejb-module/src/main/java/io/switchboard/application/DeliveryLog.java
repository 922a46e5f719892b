package io.switchboard.application;

import io.switchboard.application.view.DeliveryViews.DeliveryView;
import io.switchboard.application.view.Page;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The stored deliveries of outbox events to subscribers, and their attempt logs. */
public interface DeliveryLog {

    /** The states a delivery can be in, lower case ({@code pending}, {@code dead}, ...). */
    List<String> states();

    /** Newest first; each filter null for any. */
    Page<DeliveryView> list(String state, String subscriber, String eventId, int page, int pageSize);

    /** With its attempt log, oldest attempt first. */
    Optional<DeliveryView> withAttempts(long id);

    /** Up to {@code max} dead deliveries, of one subscriber or (null) of all. */
    List<DeliveryView> dead(String subscriber, int max);

    /** Sends a delivery round again from its first attempt, due at {@code now}; returns it as it now is. */
    DeliveryView restart(long id, Instant now);
}

package io.switchboard.application;

import io.switchboard.application.view.DeliveryViews.DeliveryView;
import io.switchboard.application.view.Page;
import io.switchboard.domain.shared.ConflictException;
import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.domain.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/** Deliveries for admins: list them by state and subscriber, read one's attempt log, replay dead letters. */
@Stateless
public class DeliveryAdministration {

    /** What a replay may restart: what no further attempt would ever deliver. */
    private static final Set<String> REPLAYABLE = Set.of("DEAD", "SKIPPED");

    @Inject
    DeliveryLog deliveries;

    @Inject
    PluginAudit audit;

    @Inject
    Clock clock;

    public Page<DeliveryView> list(String state, String subscriber, String eventId, int page, int pageSize) {
        return deliveries.list(state == null ? null : state(state), subscriber, eventId, page, pageSize);
    }

    public DeliveryView get(long id) {
        return deliveries.withAttempts(id).orElseThrow(() -> new NotFoundException("Delivery", id));
    }

    /** Sends a dead (or skipped) delivery round again, from its first attempt. */
    public DeliveryView replay(long id, String actor) {
        DeliveryView d = get(id);
        if (!REPLAYABLE.contains(d.state())) {
            throw new ConflictException("Delivery " + id + " is " + d.state().toLowerCase()
                    + "; only dead or skipped deliveries are replayed.");
        }
        return replayOne(d, actor);
    }

    /** Replays every dead delivery, optionally only those of one subscriber; returns how many. */
    public int replayDead(String subscriber, String actor) {
        List<DeliveryView> dead = deliveries.dead(subscriber, 10_000);
        dead.forEach(d -> replayOne(d, actor));
        return dead.size();
    }

    private DeliveryView replayOne(DeliveryView d, String actor) {
        DeliveryView restarted = deliveries.restart(d.id(), clock.instant());
        audit.audit(
                actor,
                "delivery-replay",
                null,
                null,
                "replayed delivery " + d.id() + " of event " + d.eventId() + " (" + d.eventType() + ") to "
                        + d.subscriber(),
                null);
        return restarted;
    }

    private String state(String s) {
        String lower = s.toLowerCase();
        if (!deliveries.states().contains(lower)) {
            throw new InvalidInputException("state", "must be one of: " + String.join(", ", deliveries.states()));
        }
        return lower;
    }
}

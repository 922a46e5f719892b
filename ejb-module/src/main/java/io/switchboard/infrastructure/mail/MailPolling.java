package io.switchboard.infrastructure.mail;

import io.switchboard.application.mail.MailTransport;
import io.switchboard.application.mail.Mailbox;
import io.switchboard.application.mail.MailboxPoll;
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
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads every mailbox on exactly one server of those sharing the database: one leased ticker per
 * mailbox ({@code mail-poll:<id>}), started when the mailbox is configured and stopped when it
 * goes. A ticker on every server ({@code mail-mailboxes}) keeps that set in step with the
 * configuration; what a tick does is {@link MailboxPoll}'s.
 */
@Singleton
@Startup
@DependsOn("PluginBootstrap")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailPolling {

    @Inject
    LeasedTickers tickers;

    @Inject
    MailTransport transport;

    @Inject
    MailboxPoll poll;

    @Inject
    @ConfigProperty(name = "switchboard.mail.scan-seconds", defaultValue = "2")
    long scanSeconds;

    @Inject
    @ConfigProperty(name = "switchboard.mail.idle-seconds", defaultValue = "25")
    long idleSeconds;

    /** One per mailbox read here, with the schedule it was started on. */
    private record Polling(Ticker ticker, TickSchedule schedule) {}

    private final Map<Long, Polling> polling = new ConcurrentHashMap<>();
    private Ticker scan;

    @PostConstruct
    void start() {
        Duration every = Duration.ofSeconds(Math.max(1, scanSeconds));
        scan = tickers.start(
                TickSchedule.every("mail-mailboxes", every)
                        .startingAfter(Duration.ofMillis(200))
                        .onEveryServer(),
                this::reconcile);
    }

    @PreDestroy
    void stop() {
        if (scan != null) {
            scan.stop();
        }
        polling.values().forEach(p -> p.ticker().stop()); // hands each lease back: another server takes over now
        polling.clear();
    }

    /** Starts a ticker for each new mailbox, restarts one whose schedule changed, stops those that went. */
    synchronized void reconcile() {
        List<Mailbox> now = transport.mailboxes();
        Set<Long> seen = new HashSet<>();
        for (Mailbox mailbox : now) {
            seen.add(mailbox.id());
            poll.configured(mailbox);
            TickSchedule wanted = schedule(mailbox);
            Polling current = polling.get(mailbox.id());
            if (current != null && current.schedule().equals(wanted)) {
                continue;
            }
            if (current != null) {
                current.ticker().stop();
            }
            polling.put(mailbox.id(), new Polling(tickers.start(wanted, tick -> poll.run(mailbox.id(), tick)), wanted));
        }
        for (Long gone : Set.copyOf(polling.keySet())) {
            if (!seen.contains(gone)) {
                polling.remove(gone).ticker().stop();
                poll.forget(gone);
            }
        }
    }

    /**
     * A polled mailbox ticks at its interval; one that may IDLE ticks every second and waits for
     * mail inside the tick, so its lease must outlast one wait and the drain after it.
     */
    TickSchedule schedule(Mailbox mailbox) {
        Duration every = mailbox.settings().idle()
                ? Duration.ofSeconds(1)
                : max(Duration.ofSeconds(1), mailbox.settings().pollInterval());
        TickSchedule s = TickSchedule.every("mail-poll:" + mailbox.id(), every).startingAfter(Duration.ZERO);
        return mailbox.settings().idle() ? s.leasedFor(max(s.lease(), Duration.ofSeconds(idleSeconds * 2 + 30))) : s;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}

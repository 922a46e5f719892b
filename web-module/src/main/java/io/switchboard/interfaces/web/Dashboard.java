package io.switchboard.interfaces.web;

import io.switchboard.application.TicketQueries;
import io.switchboard.application.TicketStatistics;
import io.switchboard.application.command.TicketFilter;
import io.switchboard.application.command.TicketFilter.Assigned;
import io.switchboard.application.command.TicketFilter.SortKey;
import io.switchboard.application.view.DailyFlow;
import io.switchboard.application.view.Page;
import io.switchboard.application.view.TicketListItem;
import io.switchboard.application.view.TicketStats;
import io.switchboard.application.view.TicketStats.NamedCount;
import io.switchboard.domain.ticket.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The desk at a glance: stat cards, my queue, and three charts whose every part links to its list. */
@Named
@RequestScoped
public class Dashboard {

    static final int QUEUE_SIZE = 5;
    static final int FLOW_DAYS = 30;

    @Inject
    TicketStatistics statistics;

    @Inject
    TicketQueries queries;

    @Inject
    PortalUser user;

    @Inject
    ListLinks links;

    private TicketStats stats;
    private Page<TicketListItem> queue;
    private List<DailyFlow> flow;

    public TicketStats getStats() {
        if (stats == null) {
            stats = statistics.stats(null, Assigned.ALL, user.zone());
        }
        return stats;
    }

    /** Up to five open tickets assigned to me, most urgent first (SortKey.URGENCY); null without an agent record. */
    public Page<TicketListItem> getQueue() {
        if (queue == null && user.isAgentMapped()) {
            queue = queries.list(new TicketFilter(
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    Assigned.to(user.getAgentId()),
                    false,
                    null,
                    SortKey.URGENCY,
                    1,
                    QUEUE_SIZE));
        }
        return queue;
    }

    public List<DailyFlow> getFlow() {
        if (flow == null) {
            flow = statistics.dailyFlow(FLOW_DAYS, user.zone(), null, Assigned.ALL);
        }
        return flow;
    }

    public String getResolvedTodayLink() {
        LocalDate today = LocalDate.now(user.zone());
        return links.resolved(
                today.atStartOfDay(user.zone()).toInstant(),
                today.plusDays(1).atStartOfDay(user.zone()).toInstant());
    }

    /** The status ring: one arc per status with tickets, as fractions of a circle of circumference 100. */
    public List<Arc> getStatusArcs() {
        List<NamedCount> counts =
                getStats().byStatus().stream().filter(c -> c.count() > 0).toList();
        long total = counts.stream().mapToLong(NamedCount::count).sum();
        List<Arc> arcs = new ArrayList<>();
        double offset = 0;
        int i = 0;
        for (NamedCount c : counts) {
            double share = total == 0 ? 0 : 100.0 * c.count() / total;
            arcs.add(new Arc(c.key(), c.name(), c.count(), share, offset, "sb-c" + (i++ % 8), links.status(c.key())));
            offset += share;
        }
        return arcs;
    }

    public long getStatusTotal() {
        return getStats().byStatus().stream().mapToLong(NamedCount::count).sum();
    }

    /** Open tickets per priority, with bar lengths relative to the largest. */
    public List<Bar> getPriorityBars() {
        Map<String, Long> by = getStats().byPriority();
        long max = Math.max(
                1, by.values().stream().mapToLong(Long::longValue).max().orElse(1));
        List<Bar> bars = new ArrayList<>();
        for (Priority p : Priority.values()) {
            long n = by.getOrDefault(p.key(), 0L);
            bars.add(new Bar(p, Feedback.capitalise(p.key()), n, 100.0 * n / max, links.priority(p.key())));
        }
        return bars;
    }

    /** The tallest day of the 30, for scaling the flow chart. */
    public long getFlowMax() {
        return Math.max(
                1,
                getFlow().stream()
                        .mapToLong(d -> Math.max(d.created(), d.resolved()))
                        .max()
                        .orElse(1));
    }

    public long getFlowCreated() {
        return getFlow().stream().mapToLong(DailyFlow::created).sum();
    }

    public long getFlowResolved() {
        return getFlow().stream().mapToLong(DailyFlow::resolved).sum();
    }

    public record Arc(
            String key, String name, long count, double share, double offset, String styleClass, String href) {
        /** stroke-dashoffset that starts this arc where the previous one ended (25 puts the first at twelve o'clock). */
        public double getDashOffset() {
            return 25 - offset;
        }

        public String getDashArray() {
            return String.format(java.util.Locale.ROOT, "%.3f %.3f", share, 100 - share);
        }
    }

    public record Bar(Priority priority, String name, long count, double percent, String href) {}
}

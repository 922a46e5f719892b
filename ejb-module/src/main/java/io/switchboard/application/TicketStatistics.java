package io.switchboard.application;

import io.switchboard.application.command.TicketFilter.Assigned;
import io.switchboard.application.count.Counts;
import io.switchboard.application.count.TallyKey;
import io.switchboard.application.count.TallySnapshot;
import io.switchboard.application.count.TicketCounts;
import io.switchboard.application.count.TicketRangeCounts;
import io.switchboard.application.view.DailyFlow;
import io.switchboard.application.view.TicketStats;
import io.switchboard.application.view.TicketStats.NamedCount;
import io.switchboard.domain.directory.DirectoryRepository;
import io.switchboard.domain.ticket.Priority;
import io.switchboard.domain.workflow.WorkflowRepository;
import io.switchboard.domain.workflow.WorkflowStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The dashboard numbers. Everything but "overdue" and "resolved today" comes from the running
 * tally; those two are time-dependent and are counted over an index range (deadline, resolved_at),
 * which only ever touches the rows being counted, at most once every few seconds per scope while
 * no ticket moves ({@link TimedCounts}).
 */
@Stateless
public class TicketStatistics {

    @Inject
    TicketCounts tally;

    @Inject
    TicketRangeCounts ranges;

    @Inject
    WorkflowRepository workflow;

    @Inject
    DirectoryRepository directory;

    @Inject
    Clock clock;

    @Inject
    DailyCounts dailyCounts;

    @Inject
    PastChanges pastChanges;

    @Inject
    TimedCounts timedCounts;

    @Inject
    TallyMemo tallyMemo;

    /** What the dashboard reads from the tally for one scope. */
    private record Sums(
            Counts all,
            long open,
            long critical,
            Map<Short, Long> byPriority,
            Map<Long, Long> byStatus,
            Map<Long, Long> byCategory,
            Map<Long, Long> byBoard) {}

    public TicketStats stats(Long boardId, Assigned assigned, ZoneId zone) {
        Instant now = clock.instant();
        List<WorkflowStatus> statuses = workflow.statuses();
        Set<Long> activeStatuses = statuses.stream()
                .filter(s -> !s.category().isDone())
                .map(WorkflowStatus::id)
                .collect(Collectors.toSet());
        Predicate<Long> assignee = TicketQueries.assigned(assigned);
        Predicate<TallyKey> scope = k -> (boardId == null || k.boardId() == boardId) && assignee.test(k.assigneeId());
        Predicate<TallyKey> open = scope.and(k -> activeStatuses.contains(k.statusId()));

        TallySnapshot snapshot = tally.snapshot();
        String scopeKey = boardId + "/" + assigned.mode() + "/" + assigned.agentId();
        Sums sums = tallyMemo.get(
                scopeKey + "/" + new TreeSet<>(activeStatuses),
                snapshot,
                () -> new Sums(
                        snapshot.sum(scope),
                        snapshot.sum(open).tickets(),
                        snapshot.sum(open.and(k -> k.priority() == Priority.CRITICAL.rank()))
                                .tickets(),
                        snapshot.countBy(TallyKey::priority, open),
                        snapshot.countBy(TallyKey::statusId, scope),
                        snapshot.countBy(TallyKey::categoryId, open),
                        snapshot.countBy(TallyKey::boardId, open)));
        Counts all = sums.all();

        Map<String, Long> byPriority = new LinkedHashMap<>();
        for (Priority p : Priority.values()) {
            byPriority.put(p.key(), sums.byPriority().getOrDefault(p.rank(), 0L));
        }
        Map<Long, Long> statusCounts = sums.byStatus();
        List<NamedCount> byStatus = statuses.stream()
                .filter(s -> s.isActive() || statusCounts.containsKey(s.id()))
                .map(s -> new NamedCount(s.key(), s.name(), statusCounts.getOrDefault(s.id(), 0L)))
                .toList();

        Instant dayStart =
                LocalDate.now(clock.withZone(zone)).atStartOfDay(zone).toInstant();
        long[] timed = timedCounts.get(scopeKey, dayStart, snapshot, () ->
                new long[] {ranges.overdue(now, boardId, assigned), ranges.resolvedSince(dayStart, boardId, assigned)});

        return new TicketStats(
                sums.open(),
                sums.critical(),
                timed[0],
                all.resolved(),
                timed[1],
                all.resolved() == 0 ? null : all.resolvedSeconds() / all.resolved(),
                all.resolved() == 0 ? null : Math.round(1000.0 * all.slaMet() / all.resolved()) / 10.0,
                byPriority,
                byStatus,
                named(
                        sums.byCategory(),
                        id -> directory.category(id).map(c -> c.name()).orElse("#" + id),
                        "Uncategorised"),
                named(
                        sums.byBoard(),
                        id -> directory.board(id).map(b -> b.name()).orElse("#" + id),
                        "No board"));
    }

    /**
     * Tickets created and resolved per day over the last {@code days} days (today included), in
     * {@code zone}. Each day is one count over an index range (created_at, resolved_at) that, for
     * the whole desk, never leaves the index. Finished days hardly change, so they are remembered
     * for a few minutes ({@link DailyCounts}), until an import on any server moves the
     * {@link PastChanges} stamp; today is always counted afresh. A ticket deleted
     * since still counts on the day it was created or resolved.
     */
    public List<DailyFlow> dailyFlow(int days, ZoneId zone, Long boardId, Assigned assigned) {
        if (days < 2 || days > 366) {
            throw new IllegalArgumentException("days must be 2 to 366: " + days);
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate first = today.minusDays(days - 1L);
        // the stamp in the key: an import on any server writes into finished days, and moves it
        String scope = pastChanges.stamp() + "/" + boardId + "/" + assigned.mode() + "/" + assigned.agentId();
        List<DailyFlow> out = new ArrayList<>(days);
        for (int i = 0; i < days; i++) {
            LocalDate day = first.plusDays(i);
            Instant from = day.atStartOfDay(zone).toInstant();
            Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
            long[] counts = day.equals(today) ? null : dailyCounts.get(zone, scope, day);
            if (counts == null) {
                counts = new long[] {
                    ranges.createdBetween(from, to, boardId, assigned),
                    ranges.resolvedBetween(from, to, boardId, assigned)
                };
                if (!day.equals(today)) {
                    dailyCounts.put(zone, scope, day, counts);
                }
            }
            out.add(new DailyFlow(day, from, to, counts[0], counts[1]));
        }
        return out;
    }

    /** Largest first; id 0 (none) gets the given label and key "none". */
    private static List<NamedCount> named(Map<Long, Long> counts, Function<Long, String> name, String noneLabel) {
        List<NamedCount> out = new ArrayList<>();
        counts.forEach((id, n) -> out.add(
                id == 0 ? new NamedCount("none", noneLabel, n) : new NamedCount(Long.toString(id), name.apply(id), n)));
        out.sort(Comparator.comparingLong(NamedCount::count).reversed().thenComparing(NamedCount::name));
        return out;
    }
}

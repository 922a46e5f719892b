package io.switchboard.application;

import io.switchboard.application.command.TicketFilter.Assigned;
import io.switchboard.application.view.DailyFlow;
import io.switchboard.application.view.TicketStats;
import io.switchboard.application.view.TicketStats.NamedCount;
import io.switchboard.domain.directory.DirectoryRepository;
import io.switchboard.domain.ticket.Priority;
import io.switchboard.domain.ticket.QueueState;
import io.switchboard.domain.workflow.WorkflowRepository;
import io.switchboard.domain.workflow.WorkflowStatus;
import io.switchboard.infrastructure.tally.Counts;
import io.switchboard.infrastructure.tally.TallyKey;
import io.switchboard.infrastructure.tally.TallySnapshot;
import io.switchboard.infrastructure.tally.TicketTally;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
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
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The dashboard numbers. Everything but "overdue" and "resolved today" comes from the running
 * tally; those two are time-dependent and are counted over an index range (deadline, resolved_at),
 * which only ever touches the rows being counted.
 */
@Stateless
public class TicketStatistics {

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    TicketTally tally;

    @Inject
    WorkflowRepository workflow;

    @Inject
    DirectoryRepository directory;

    @Inject
    Clock clock;

    public TicketStats stats(Long boardId, Assigned assigned, ZoneId zone) {
        Instant now = clock.instant();
        List<WorkflowStatus> statuses = workflow.statuses();
        Set<Long> activeStatuses = statuses.stream().filter(s -> !s.category().isDone()).map(WorkflowStatus::id).collect(Collectors.toSet());
        Predicate<Long> assignee = TicketQueries.assigned(assigned);
        Predicate<TallyKey> scope = k -> (boardId == null || k.boardId() == boardId) && assignee.test(k.assigneeId());
        Predicate<TallyKey> open = scope.and(k -> activeStatuses.contains(k.statusId()));

        TallySnapshot snapshot = tally.snapshot();
        Counts all = snapshot.sum(scope);
        long open_ = snapshot.sum(open).tickets();
        long critical = snapshot.sum(open.and(k -> k.priority() == Priority.CRITICAL.rank())).tickets();

        Map<String, Long> byPriority = new LinkedHashMap<>();
        Map<Short, Long> priorityCounts = snapshot.countBy(TallyKey::priority, open);
        for (Priority p : Priority.values()) {
            byPriority.put(p.key(), priorityCounts.getOrDefault(p.rank(), 0L));
        }
        Map<Long, Long> statusCounts = snapshot.countBy(TallyKey::statusId, scope);
        List<NamedCount> byStatus = statuses.stream()
                .filter(s -> s.isActive() || statusCounts.containsKey(s.id()))
                .map(s -> new NamedCount(s.key(), s.name(), statusCounts.getOrDefault(s.id(), 0L)))
                .toList();

        return new TicketStats(
                open_,
                critical,
                countWhere("t.deadlineAt < :at", now, boardId, assigned),
                all.resolved(),
                countWhere("t.resolvedAt >= :at", LocalDate.now(clock.withZone(zone)).atStartOfDay(zone).toInstant(), boardId, assigned),
                all.resolved() == 0 ? null : all.resolvedSeconds() / all.resolved(),
                all.resolved() == 0 ? null : Math.round(1000.0 * all.slaMet() / all.resolved()) / 10.0,
                byPriority,
                byStatus,
                named(snapshot.countBy(TallyKey::categoryId, open), id -> directory.category(id).map(c -> c.name()).orElse("#" + id), "Uncategorised"),
                named(snapshot.countBy(TallyKey::boardId, open), id -> directory.board(id).map(b -> b.name()).orElse("#" + id), "No board"));
    }

    /**
     * Tickets created and resolved per day over the last {@code days} days (today included), in
     * {@code zone}. Two queries, each one range scan over its indexed column (created_at,
     * resolved_at) that sums the rows into day buckets, so the cost follows the tickets of those
     * days, not the size of the table.
     */
    public List<DailyFlow> dailyFlow(int days, ZoneId zone, Long boardId, Assigned assigned) {
        if (days < 2 || days > 366) {
            throw new IllegalArgumentException("days must be 2 to 366: " + days);
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate first = today.minusDays(days - 1L);
        List<Instant> bounds = new ArrayList<>(days + 1);
        for (int i = 0; i <= days; i++) {
            bounds.add(first.plusDays(i).atStartOfDay(zone).toInstant());
        }
        long[] created = perDay("t.createdAt", bounds, boardId, assigned);
        long[] resolved = perDay("t.resolvedAt", bounds, boardId, assigned);
        List<DailyFlow> out = new ArrayList<>(days);
        for (int i = 0; i < days; i++) {
            out.add(new DailyFlow(first.plusDays(i), bounds.get(i), bounds.get(i + 1), created[i], resolved[i]));
        }
        return out;
    }

    private long[] perDay(String column, List<Instant> bounds, Long boardId, Assigned assigned) {
        int days = bounds.size() - 1;
        StringBuilder jpql = new StringBuilder("SELECT ");
        for (int i = 0; i < days; i++) {
            jpql.append(i == 0 ? "" : ", ").append("SUM(CASE WHEN ").append(column).append(" < :b").append(i + 1).append(" THEN 1 ELSE 0 END)");
        }
        jpql.append(" FROM Ticket t WHERE ").append(column).append(" >= :b0 AND ").append(column).append(" < :b").append(days)
                .append(" AND t.queueState <> :deleted");
        scope(jpql, boardId, assigned);
        TypedQuery<Object[]> q = em.createQuery(jpql.toString(), Object[].class).setParameter("deleted", QueueState.DELETED);
        for (int i = 0; i <= days; i++) {
            q.setParameter("b" + i, bounds.get(i));
        }
        bind(q, boardId, assigned);
        Object[] row = q.getSingleResult();
        // Each sum counts the rows before the next bound: "before tomorrow" minus "before today" is a day.
        long[] perDay = new long[days];
        long previous = 0;
        for (int i = 0; i < days; i++) {
            long upTo = row[i] == null ? 0 : ((Number) row[i]).longValue();
            perDay[i] = upTo - previous;
            previous = upTo;
        }
        return perDay;
    }

    private static void scope(StringBuilder jpql, Long boardId, Assigned assigned) {
        if (boardId != null) {
            jpql.append(" AND t.boardId = :board");
        }
        switch (assigned.mode()) {
            case UNASSIGNED -> jpql.append(" AND t.assigneeId IS NULL");
            case AGENT -> jpql.append(" AND t.assigneeId = :assignee");
            case ALL -> { }
        }
    }

    private static void bind(TypedQuery<?> q, Long boardId, Assigned assigned) {
        if (boardId != null) {
            q.setParameter("board", boardId);
        }
        if (assigned.mode() == Assigned.Mode.AGENT) {
            q.setParameter("assignee", assigned.agentId());
        }
    }

    private long countWhere(String condition, Instant at, Long boardId, Assigned assigned) {
        StringBuilder jpql = new StringBuilder("SELECT COUNT(t) FROM Ticket t WHERE ").append(condition)
                .append(" AND t.queueState <> :deleted");
        if (boardId != null) {
            jpql.append(" AND t.boardId = :board");
        }
        switch (assigned.mode()) {
            case UNASSIGNED -> jpql.append(" AND t.assigneeId IS NULL");
            case AGENT -> jpql.append(" AND t.assigneeId = :assignee");
            case ALL -> { }
        }
        TypedQuery<Long> q = em.createQuery(jpql.toString(), Long.class)
                .setParameter("at", at)
                .setParameter("deleted", QueueState.DELETED);
        if (boardId != null) {
            q.setParameter("board", boardId);
        }
        if (assigned.mode() == Assigned.Mode.AGENT) {
            q.setParameter("assignee", assigned.agentId());
        }
        return q.getSingleResult();
    }

    /** Largest first; id 0 (none) gets the given label and key "none". */
    private static List<NamedCount> named(Map<Long, Long> counts, Function<Long, String> name, String noneLabel) {
        List<NamedCount> out = new ArrayList<>();
        counts.forEach((id, n) -> out.add(id == 0 ? new NamedCount("none", noneLabel, n) : new NamedCount(Long.toString(id), name.apply(id), n)));
        out.sort(Comparator.comparingLong(NamedCount::count).reversed().thenComparing(NamedCount::name));
        return out;
    }
}

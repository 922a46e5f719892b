package io.switchboard.application;

import io.switchboard.application.command.TicketFilter;
import io.switchboard.application.command.TicketFilter.Assigned;
import io.switchboard.application.command.TicketFilter.SortKey;
import io.switchboard.application.count.TallyKey;
import io.switchboard.application.count.TallySnapshot;
import io.switchboard.application.count.TicketCounts;
import io.switchboard.application.search.Highlight;
import io.switchboard.application.search.SearchHit;
import io.switchboard.application.search.TicketSearch;
import io.switchboard.application.view.HistoryView;
import io.switchboard.application.view.Page;
import io.switchboard.application.view.TicketListItem;
import io.switchboard.domain.directory.DirectoryRepository;
import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.domain.shared.NotFoundException;
import io.switchboard.domain.ticket.HistoryRepository;
import io.switchboard.domain.ticket.Priority;
import io.switchboard.domain.ticket.QueueState;
import io.switchboard.domain.ticket.TicketNumber;
import io.switchboard.domain.ticket.TicketRepository;
import io.switchboard.domain.ticket.TicketType;
import io.switchboard.domain.workflow.WorkflowRepository;
import io.switchboard.domain.workflow.WorkflowStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Ticket lists. The page is one index-ordered query over the ticket table alone (references are
 * resolved from the cached catalogues); the total comes from the running tally whenever the
 * filter only uses dimensions the tally keeps, so it costs the same at any volume.
 */
@Stateless
public class TicketQueries {

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    TicketRepository tickets;

    @Inject
    HistoryRepository history;

    @Inject
    WorkflowRepository workflow;

    @Inject
    DirectoryRepository directory;

    @Inject
    TicketCounts tally;

    @Inject
    TallyMemo tallyMemo;

    @Inject
    TicketSearch search;

    @Inject
    Clock clock;

    /** Offsets beyond this read the page's ids first (from the index alone) and then only those rows. */
    static final int DEEP_OFFSET = 500;

    public Page<TicketListItem> list(TicketFilter filter) {
        Instant now = clock.instant();
        if (searchesText(filter)) {
            List<Long> matching = searched(filter, now, TicketSearch.MAX_HITS);
            int from = Math.min(matching.size(), (filter.page() - 1) * filter.pageSize());
            List<Long> pageIds = matching.subList(from, Math.min(matching.size(), from + filter.pageSize()));
            Map<Long, Highlight> highlights = search.highlight(filter.query(), pageIds);
            List<TicketListItem> items = items(pageIds).stream()
                    .map(i -> i.matched(highlights.get(i.id())))
                    .toList();
            return new Page<>(items, matching.size(), filter.page(), filter.pageSize());
        }
        Query query = query(filter, now);
        int offset = (filter.page() - 1) * filter.pageSize();
        if (offset > DEEP_OFFSET) {
            TypedQuery<Long> ids =
                    em.createQuery("SELECT t.id FROM Ticket t" + query.where() + orderBy(filter.sort()), Long.class);
            query.bind(ids);
            List<TicketListItem> items = items(
                    ids.setFirstResult(offset).setMaxResults(filter.pageSize()).getResultList());
            return new Page<>(items, total(filter, query), filter.page(), filter.pageSize());
        }
        TypedQuery<Object[]> page = em.createQuery(
                "SELECT t.id, t.summary, t.statusId, t.priority, t.ticketType, t.companyId, t.assigneeId, t.boardId, t.categoryId,"
                        + " t.createdAt, t.updatedAt, t.dueAt, t.deadlineAt FROM Ticket t" + query.where()
                        + orderBy(filter.sort()),
                Object[].class);
        query.bind(page);
        List<Object[]> rows = page.setFirstResult((filter.page() - 1) * filter.pageSize())
                .setMaxResults(filter.pageSize())
                .getResultList();
        List<TicketListItem> items = rows.stream().map(r -> item(r, now)).toList();
        return new Page<>(items, total(filter, query), filter.page(), filter.pageSize());
    }

    /**
     * The ids of every ticket a filter matches, in list order, up to {@code limit}: the first
     * half of an export, which then reads the rows in batches with {@link #items}. One index-ordered
     * id scan, rather than deeper and deeper offsets.
     */
    public List<Long> matchingIds(TicketFilter filter, int limit) {
        if (searchesText(filter)) {
            return searched(filter, clock.instant(), Math.min(limit, TicketSearch.MAX_HITS));
        }
        Query query = query(filter, clock.instant());
        TypedQuery<Long> ids =
                em.createQuery("SELECT t.id FROM Ticket t" + query.where() + orderBy(filter.sort()), Long.class);
        query.bind(ids);
        return ids.setMaxResults(limit).getResultList();
    }

    /** Free words (not a ticket number) go to the full-text index. */
    private static boolean searchesText(TicketFilter filter) {
        return filter.query() != null && !TicketNumber.looksLikeOne(filter.query());
    }

    /**
     * The ids of the best text matches that pass the other filters: ranked by relevance, or in
     * the order asked for. The index ranks the best {@link TicketSearch#MAX_HITS}; the database
     * applies the filters to those.
     */
    private List<Long> searched(TicketFilter filter, Instant now, int limit) {
        List<SearchHit> hits = search.search(filter.query(), TicketSearch.MAX_HITS);
        if (hits.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> rank = new HashMap<>();
        for (SearchHit hit : hits) {
            rank.putIfAbsent(hit.ticketId(), rank.size());
        }
        Query query = query(filter, now).oneOf(rank.keySet());
        TypedQuery<Long> ids = em.createQuery(
                "SELECT t.id FROM Ticket t" + query.where() + (filter.sort().isEmpty() ? "" : orderBy(filter.sort())),
                Long.class);
        query.bind(ids);
        List<Long> matching = new ArrayList<>(ids.getResultList());
        if (filter.sort().isEmpty()) {
            matching.sort(java.util.Comparator.comparing(rank::get));
        }
        return matching.size() > limit ? matching.subList(0, limit) : matching;
    }

    /** List rows for the given ids, in the order given; ids of deleted or missing tickets are skipped. */
    public List<TicketListItem> items(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        Map<Long, TicketListItem> byId = new HashMap<>();
        em.createQuery(
                        "SELECT t.id, t.summary, t.statusId, t.priority, t.ticketType, t.companyId, t.assigneeId, t.boardId, t.categoryId,"
                                + " t.createdAt, t.updatedAt, t.dueAt, t.deadlineAt FROM Ticket t WHERE t.id IN :ids AND t.queueState <> :deleted",
                        Object[].class)
                .setParameter("ids", ids)
                .setParameter("deleted", QueueState.DELETED)
                .getResultList()
                .forEach(r -> byId.put((Long) r[0], item(r, now)));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    public List<HistoryView> history(long ticketId, int page, int pageSize) {
        tickets.find(ticketId).orElseThrow(() -> new NotFoundException("Ticket", new TicketNumber(ticketId)));
        return history.forTicket(ticketId, (page - 1) * pageSize, pageSize).stream()
                .map(TicketViews::of)
                .toList();
    }

    public long historyCount(long ticketId) {
        return history.countForTicket(ticketId);
    }

    private long total(TicketFilter f, Query query) {
        boolean tallyCovers = f.query() == null
                && f.types().isEmpty()
                && f.companyIds().isEmpty()
                && f.contactId() == null
                && f.overdue() == null
                && f.created() == null
                && f.resolved() == null
                && f.updated() == null;
        if (!tallyCovers) {
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(t) FROM Ticket t" + query.where(), Long.class);
            query.bind(count);
            return count.getSingleResult();
        }
        Set<Long> statuses = query.effectiveStatuses(workflow.statuses());
        Set<Short> priorities = f.priorities().stream().map(Priority::rank).collect(Collectors.toSet());
        Predicate<TallyKey> cell = k -> statuses.contains(k.statusId())
                && (priorities.isEmpty() || priorities.contains(k.priority()))
                && (f.boardIds().isEmpty() || f.boardIds().contains(k.boardId()))
                && (f.categoryIds().isEmpty() || f.categoryIds().contains(k.categoryId()))
                && assigned(f.assigned()).test(k.assigneeId());
        TallySnapshot snapshot = tally.snapshot();
        String key = "total/" + new TreeSet<>(statuses) + "/" + new TreeSet<>(priorities) + "/"
                + new TreeSet<>(f.boardIds()) + "/" + new TreeSet<>(f.categoryIds()) + "/"
                + f.assigned().mode() + "/" + f.assigned().agentId();
        return tallyMemo.get(key, snapshot, () -> snapshot.sum(cell).tickets());
    }

    static Predicate<Long> assigned(Assigned assigned) {
        return switch (assigned.mode()) {
            case ALL -> id -> true;
            case UNASSIGNED -> id -> id == 0;
            case AGENT -> id -> id.equals(assigned.agentId());
        };
    }

    private Query query(TicketFilter filter, Instant now) {
        Set<Long> statusIds = statusIds(filter.statuses());
        Set<QueueState> states = workflow.statuses().stream()
                .filter(s -> statusIds.contains(s.id()))
                .map(s -> s.category().isDone() ? QueueState.DONE : QueueState.ACTIVE)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(QueueState.class)));
        return new Query(filter, statusIds, states, now);
    }

    private Set<Long> statusIds(Set<String> keys) {
        Map<String, Long> byKey =
                workflow.statuses().stream().collect(Collectors.toMap(WorkflowStatus::key, WorkflowStatus::id));
        List<String> unknown =
                keys.stream().filter(k -> !byKey.containsKey(k)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(
                    "status",
                    "has unknown values " + unknown + "; must be among: " + String.join(", ", byKey.keySet()));
        }
        return keys.stream().map(byKey::get).collect(Collectors.toSet());
    }

    private static String orderBy(List<SortKey> sort) {
        List<String> terms = new ArrayList<>();
        boolean lastDescending = true;
        for (SortKey key : sort) {
            String column = switch (key.field()) {
                case PRIORITY -> "t.priority";
                case CREATED_AT -> "t.createdAt";
                case UPDATED_AT -> "t.updatedAt";
                case DUE_AT -> "t.dueAt";
                case DEADLINE_AT -> "t.deadlineAt";
                case NUMBER -> "t.id";
                case SUMMARY -> "t.summary";
            };
            terms.add(column + (key.descending() ? " DESC" : " ASC"));
            lastDescending = key.descending();
        }
        if (sort.stream().noneMatch(k -> k.field() == SortKey.Field.NUMBER)) {
            terms.add("t.id"
                    + (lastDescending ? " DESC" : " ASC")); // a stable order, so paging never repeats or skips a row
        }
        return " ORDER BY " + String.join(", ", terms);
    }

    private TicketListItem item(Object[] r, Instant now) {
        long id = (Long) r[0];
        Instant deadline = (Instant) r[12];
        return new TicketListItem(
                id,
                new TicketNumber(id).toString(),
                (String) r[1],
                TicketViews.status(workflow.byId((Long) r[2]).orElseThrow()),
                (Priority) r[3],
                (TicketType) r[4],
                r[5] == null
                        ? null
                        : TicketViews.ref(directory.company((Long) r[5]).orElse(null)),
                r[6] == null
                        ? null
                        : TicketViews.ref(directory.agent((Long) r[6]).orElse(null)),
                r[7] == null
                        ? null
                        : TicketViews.ref(directory.board((Long) r[7]).orElse(null)),
                r[8] == null
                        ? null
                        : TicketViews.ref(directory.category((Long) r[8]).orElse(null)),
                (Instant) r[9],
                (Instant) r[10],
                (Instant) r[11],
                deadline,
                deadline != null && deadline.isBefore(now),
                null);
    }

    /** The WHERE clause of a filter and its parameters, shared by the page and the count. */
    private static final class Query {
        private final StringBuilder where = new StringBuilder(" WHERE ");
        private final Map<String, Object> params = new HashMap<>();
        private final TicketFilter filter;
        private final Set<Long> statusIds;

        /**
         * Statuses imply the queue state (live tickets in those statuses), so the queue state is
         * always an equality or a short IN list, never "not deleted": the composite indexes that
         * lead with queue state, or with the assignee, board or company and then queue state,
         * then deliver rows already in list order.
         */
        Query(TicketFilter f, Set<Long> statusIds, Set<QueueState> statusStates, Instant now) {
            this.filter = f;
            this.statusIds = statusIds;
            if (!statusIds.isEmpty()) {
                in("t.statusId", "statuses", statusIds);
                in("t.queueState", "states", statusStates);
            } else if (f.includeClosed() || f.resolved() != null) {
                in("t.queueState", "states", List.of(QueueState.ACTIVE, QueueState.DONE));
            } else {
                in("t.queueState", "states", List.of(QueueState.ACTIVE));
            }
            if (!f.priorities().isEmpty()) {
                in("t.priority", "priorities", f.priorities());
            }
            if (!f.types().isEmpty()) {
                in("t.ticketType", "types", f.types());
            }
            if (!f.boardIds().isEmpty()) {
                in("t.boardId", "boards", f.boardIds());
            }
            if (!f.companyIds().isEmpty()) {
                in("t.companyId", "companies", f.companyIds());
            }
            if (!f.categoryIds().isEmpty()) {
                in("t.categoryId", "categories", f.categoryIds());
            }
            if (f.contactId() != null) {
                add("t.contactId = :contact", "contact", f.contactId());
            }
            switch (f.assigned().mode()) {
                case UNASSIGNED -> add("t.assigneeId IS NULL", null, null);
                case AGENT ->
                    add("t.assigneeId = :assignee", "assignee", f.assigned().agentId());
                case ALL -> {}
            }
            if (Boolean.TRUE.equals(f.overdue())) {
                add("t.deadlineAt < :now", "now", now);
            } else if (Boolean.FALSE.equals(f.overdue())) {
                add("(t.deadlineAt IS NULL OR t.deadlineAt >= :now)", "now", now);
            }
            if (f.created() != null) {
                range("t.createdAt", "created", f.created());
            }
            if (f.resolved() != null) {
                range("t.resolvedAt", "resolved", f.resolved());
            }
            if (f.updated() != null) {
                range("t.updatedAt", "updated", f.updated());
            }
            if (f.query() != null && TicketNumber.looksLikeOne(f.query())) {
                add("t.id = :number", "number", TicketNumber.parse(f.query()).id());
            } // other text is matched by the search index: see oneOf
        }

        /** Only these tickets: the text search's matches. */
        Query oneOf(Collection<Long> ids) {
            add("t.id IN :matches", "matches", ids);
            return this;
        }

        private void range(String column, String name, TicketFilter.Period period) {
            if (period.from() != null) {
                add(column + " >= :" + name + "From", name + "From", period.from());
            }
            if (period.to() != null) {
                add(column + " < :" + name + "To", name + "To", period.to());
            }
        }

        /** An equality for one value (which the database matches on an index prefix), an IN list for more. */
        private void in(String column, String name, Collection<?> values) {
            if (values.size() == 1) {
                add(column + " = :" + name, name, values.iterator().next());
            } else {
                add(column + " IN :" + name, name, values);
            }
        }

        private void add(String condition, String name, Object value) {
            if (!params.isEmpty() || where.length() > " WHERE ".length()) {
                where.append(" AND ");
            }
            where.append(condition);
            if (name != null) {
                params.put(name, value);
            }
        }

        String where() {
            return where.toString();
        }

        void bind(TypedQuery<?> query) {
            params.forEach(query::setParameter);
        }

        /** The statuses a ticket may be in to be listed, for counting from the tally. */
        Set<Long> effectiveStatuses(List<WorkflowStatus> all) {
            if (!statusIds.isEmpty()) {
                return statusIds;
            }
            return all.stream()
                    .filter(s -> filter.includeClosed()
                            || filter.resolved() != null
                            || !s.category().isDone())
                    .map(WorkflowStatus::id)
                    .collect(Collectors.toSet());
        }
    }
}

package io.switchboard.application;

import io.switchboard.application.command.TicketFilter;
import io.switchboard.application.command.TicketFilter.Assigned;
import io.switchboard.application.count.TallyKey;
import io.switchboard.application.count.TallySnapshot;
import io.switchboard.application.count.TicketCounts;
import io.switchboard.application.listing.ListCriteria;
import io.switchboard.application.listing.TicketListing;
import io.switchboard.application.listing.TicketRow;
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
import io.switchboard.domain.workflow.WorkflowRepository;
import io.switchboard.domain.workflow.WorkflowStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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

    @Inject
    TicketListing listing;

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
        ListCriteria criteria = criteria(filter, now);
        int offset = (filter.page() - 1) * filter.pageSize();
        List<TicketListItem> items = offset > DEEP_OFFSET
                ? items(listing.ids(criteria, filter.sort(), offset, filter.pageSize()))
                : listing.rows(criteria, filter.sort(), offset, filter.pageSize()).stream()
                        .map(r -> item(r, now))
                        .toList();
        return new Page<>(items, total(filter, criteria), filter.page(), filter.pageSize());
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
        return listing.ids(criteria(filter, clock.instant()), filter.sort(), 0, limit);
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
        ListCriteria criteria = criteria(filter, now).among(rank.keySet());
        List<Long> matching = new ArrayList<>(
                listing.ids(criteria, filter.sort().isEmpty() ? null : filter.sort(), 0, TicketSearch.MAX_HITS));
        if (filter.sort().isEmpty()) {
            matching.sort(java.util.Comparator.comparing(rank::get));
        }
        return matching.size() > limit ? matching.subList(0, limit) : matching;
    }

    /** List rows for the given ids, in the order given; ids of deleted or missing tickets are skipped. */
    public List<TicketListItem> items(List<Long> ids) {
        Instant now = clock.instant();
        Map<Long, TicketListItem> byId = new HashMap<>();
        listing.rows(ids).forEach(r -> byId.put(r.id(), item(r, now)));
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

    private long total(TicketFilter f, ListCriteria criteria) {
        boolean tallyCovers = f.query() == null
                && f.types().isEmpty()
                && f.companyIds().isEmpty()
                && f.contactId() == null
                && f.overdue() == null
                && f.created() == null
                && f.resolved() == null
                && f.updated() == null
                && f.psa() == null;
        if (!tallyCovers) {
            return listing.count(criteria);
        }
        Set<Long> statuses = effectiveStatuses(criteria);
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

    private ListCriteria criteria(TicketFilter filter, Instant now) {
        Set<Long> statusIds = statusIds(filter.statuses());
        Set<QueueState> states = workflow.statuses().stream()
                .filter(s -> statusIds.contains(s.id()))
                .map(s -> s.category().isDone() ? QueueState.DONE : QueueState.ACTIVE)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(QueueState.class)));
        return new ListCriteria(filter, statusIds, states, now, null);
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

    private TicketListItem item(TicketRow r, Instant now) {
        return new TicketListItem(
                r.id(),
                new TicketNumber(r.id()).toString(),
                r.summary(),
                TicketViews.status(workflow.byId(r.statusId()).orElseThrow()),
                r.priority(),
                r.type(),
                r.companyId() == null
                        ? null
                        : TicketViews.ref(directory.company(r.companyId()).orElse(null)),
                r.assigneeId() == null
                        ? null
                        : TicketViews.ref(directory.agent(r.assigneeId()).orElse(null)),
                r.boardId() == null
                        ? null
                        : TicketViews.ref(directory.board(r.boardId()).orElse(null)),
                r.categoryId() == null
                        ? null
                        : TicketViews.ref(directory.category(r.categoryId()).orElse(null)),
                r.createdAt(),
                r.updatedAt(),
                r.dueAt(),
                r.deadlineAt(),
                r.deadlineAt() != null && r.deadlineAt().isBefore(now),
                null,
                r.version());
    }

    /** The statuses a ticket may be in to be listed, for counting from the tally. */
    private Set<Long> effectiveStatuses(ListCriteria c) {
        if (!c.statusIds().isEmpty()) {
            return c.statusIds();
        }
        return workflow.statuses().stream()
                .filter(s -> c.filter().includeClosed()
                        || c.filter().resolved() != null
                        || !s.category().isDone())
                .map(WorkflowStatus::id)
                .collect(Collectors.toSet());
    }
}

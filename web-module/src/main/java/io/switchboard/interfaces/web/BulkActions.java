package io.switchboard.interfaces.web;

import io.switchboard.application.TicketBulk;
import io.switchboard.application.TicketQueries;
import io.switchboard.application.command.BulkChange;
import io.switchboard.application.command.BulkTarget;
import io.switchboard.application.view.BulkResult;
import io.switchboard.application.view.BulkResult.Item;
import io.switchboard.application.view.BulkResult.Outcome;
import io.switchboard.domain.shared.DomainException;
import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.domain.shared.Patch;
import io.switchboard.domain.ticket.Priority;
import io.switchboard.domain.ticket.TicketNumber;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * Bulk actions on the ticket list: the rows picked (or every row the filter matches) get one
 * change, a chunk per request so the page shows a progress bar, and then the outcome per ticket:
 * what changed, and what was refused and why.
 */
@Named
@ViewScoped
public class BulkActions implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Tickets per request: small enough for the progress bar to move, large enough to keep up. */
    static final int CHUNK = 50;

    @Inject
    TicketBulk bulk;

    @Inject
    TicketQueries queries;

    @Inject
    TicketList list;

    @Inject
    Catalogue catalogue;

    @Inject
    PortalUser user;

    private String ids = "";
    private boolean all;
    private String action;
    private String value;

    private List<BulkTarget> pending = List.of();
    private BulkChange change;
    private int total;
    private final List<Item> results = new ArrayList<>();
    private boolean finished;

    /** Resolves the tickets and the change, then the page calls {@link #step} until it is done. */
    public void start() {
        results.clear();
        finished = false;
        try {
            change = change();
            pending = new ArrayList<>(targets());
            total = pending.size();
            if (total == 0) {
                Feedback.error("Pick at least one ticket.");
                return;
            }
            if (all && total == TicketBulk.MAX_TICKETS && list.getPage().total() > total) {
                Feedback.info("A bulk action takes at most " + TicketBulk.MAX_TICKETS + " tickets: the first "
                        + TicketBulk.MAX_TICKETS + " of " + list.getPage().total() + " in the list's order.");
            }
            PrimeFaces.current().ajax().addCallbackParam("more", true);
        } catch (DomainException e) {
            Feedback.error(e, Map.of());
        }
    }

    /** The next chunk; tells the page whether there is more. */
    public void step() {
        if (pending.isEmpty() || change == null) {
            return;
        }
        List<BulkTarget> chunk = new ArrayList<>(pending.subList(0, Math.min(CHUNK, pending.size())));
        pending = new ArrayList<>(pending.subList(chunk.size(), pending.size()));
        results.addAll(bulk.apply(chunk, change, user.actor()).items());
        if (pending.isEmpty()) {
            finished = true;
            BulkResult r = BulkResult.of(results);
            Feedback.info(r.changed() + " changed, " + r.unchanged() + " unchanged, " + r.refused() + " refused.");
            ids = "";
            all = false;
        } else {
            PrimeFaces.current().ajax().addCallbackParam("more", true);
        }
    }

    private List<BulkTarget> targets() {
        if (all) {
            return queries.matchingIds(list.currentFilter(), TicketBulk.MAX_TICKETS).stream()
                    .map(id -> new BulkTarget(id, null))
                    .toList();
        }
        return Arrays.stream(ids.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(BulkActions::target)
                .toList();
    }

    /** "id@version" as the page sends a picked row (the version it showed); a bare id checks no version. */
    static BulkTarget target(String picked) {
        int at = picked.indexOf('@');
        try {
            return at < 0
                    ? new BulkTarget(Long.parseLong(picked), null)
                    : new BulkTarget(Long.parseLong(picked.substring(0, at)), Long.valueOf(picked.substring(at + 1)));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("tickets", "the picked rows could not be read; reload the list");
        }
    }

    public int getMaxTickets() {
        return TicketBulk.MAX_TICKETS;
    }

    public String joined(List<String> changes) {
        return String.join("; ", changes);
    }

    /** The picked action ("priority:high", "assign:me", "tag", "merge", ...) as a change. */
    private BulkChange change() {
        String a = action == null ? "" : action;
        String arg = a.contains(":") ? a.substring(a.indexOf(':') + 1) : "";
        Patch<String> status = Patch.unchanged();
        Patch<Priority> priority = Patch.unchanged();
        Patch<Long> assignee = Patch.unchanged();
        Patch<Long> board = Patch.unchanged();
        String tag = null;
        boolean close = false;
        Long merge = null;
        switch (a.contains(":") ? a.substring(0, a.indexOf(':')) : a) {
            case "status" -> status = Patch.set(arg);
            case "priority" -> priority = Patch.set(Priority.valueOf(arg));
            case "assign" -> assignee = Patch.set(arg.equals("none") ? null : Long.valueOf(arg));
            case "board" -> board = Patch.set(Long.valueOf(arg));
            case "close" -> close = true;
            case "tag" -> {
                if (value == null || value.isBlank()) {
                    throw new InvalidInputException("tag", "type the tag to add");
                }
                tag = value.strip();
            }
            case "merge" ->
                merge = TicketNumber.parse(value == null ? "" : value.strip()).id();
            default -> throw new InvalidInputException("action", "pick what to do with the tickets");
        }
        return new BulkChange(status, priority, assignee, board, tag, close, merge);
    }

    /** Every choice of the action menu, grouped. */
    public List<SelectItem> getActions() {
        List<SelectItem> out = new ArrayList<>();
        out.add(group(
                "Assign",
                catalogue.getAgents().stream()
                        .map(x -> new SelectItem("assign:" + x.id(), "Assign to " + x.name()))
                        .toList(),
                new SelectItem("assign:none", "Unassign")));
        out.add(group(
                "Status",
                catalogue.getStatuses().stream()
                        .map(s -> new SelectItem("status:" + s.key(), "Move to " + s.name()))
                        .toList(),
                new SelectItem("close", "Close")));
        out.add(group(
                "Priority",
                Arrays.stream(Priority.values())
                        .map(p -> new SelectItem("priority:" + p.name(), "Priority " + p.key()))
                        .toList()));
        out.add(group(
                "Board",
                catalogue.getBoards().stream()
                        .map(b -> new SelectItem("board:" + b.id(), "Move to board " + b.name()))
                        .toList()));
        out.add(group(
                "Other",
                List.of(
                        new SelectItem("tag", "Add the tag typed…"),
                        new SelectItem("merge", "Merge into the ticket typed…"))));
        return out;
    }

    private static SelectItem group(String label, List<SelectItem> items, SelectItem... more) {
        SelectItemGroup g = new SelectItemGroup(label);
        List<SelectItem> all = new ArrayList<>(items);
        all.addAll(Arrays.asList(more));
        g.setSelectItems(all.toArray(new SelectItem[0]));
        return g;
    }

    public int getPercent() {
        return total == 0 ? 0 : (int) Math.round(100.0 * results.size() / total);
    }

    public boolean isRunning() {
        return total > 0 && !finished;
    }

    public boolean isFinished() {
        return finished;
    }

    public List<Item> getRefused() {
        return results.stream().filter(i -> i.outcome() == Outcome.REFUSED).toList();
    }

    public List<Item> getResults() {
        return results;
    }

    public int getTotal() {
        return total;
    }

    public String getIds() {
        return ids;
    }

    public void setIds(String ids) {
        this.ids = ids == null ? "" : ids;
    }

    public boolean isAll() {
        return all;
    }

    public void setAll(boolean all) {
        this.all = all;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}

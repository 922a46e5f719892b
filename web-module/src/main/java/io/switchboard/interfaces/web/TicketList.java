package io.switchboard.interfaces.web;

import io.switchboard.application.SavedViews;
import io.switchboard.application.TicketQueries;
import io.switchboard.application.command.TicketFilter;
import io.switchboard.application.command.TicketFilter.SortKey;
import io.switchboard.application.view.Page;
import io.switchboard.application.view.SavedViewView;
import io.switchboard.application.view.TicketListItem;
import io.switchboard.domain.shared.DomainException;
import io.switchboard.domain.ticket.TicketNumber;
import io.switchboard.interfaces.rest.TicketListParams;
import io.switchboard.interfaces.rest.http.CallerContext;
import io.switchboard.interfaces.web.panel.TicketPanel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The ticket list. Its whole state (filters, sort, page) is the URL's query string, read with the
 * API's own list parser: links can be shared, the back button works, and every filter change is
 * a new GET that starts again at page 1. Only one page of rows is ever read.
 */
@Named
@ViewScoped
public class TicketList implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int PAGE_SIZE = 25;
    private static final List<String> PAGE_SIZES = List.of("25", "50", "100");
    private static final java.util.regex.Pattern EXACT_NUMBER = java.util.regex.Pattern.compile("(?i)TKT-\\d{1,9}");

    @Inject
    TicketQueries queries;

    @Inject
    CallerContext caller;

    @Inject
    SavedViews views;

    @Inject
    TicketPanel panel;

    /** The list parameters of the URL, in a stable order. */
    private final Map<String, String> params = new LinkedHashMap<>();

    private Page<TicketListItem> page;
    private String problem;
    /** The columns chosen by a view or the URL; empty for the usual ones. */
    private List<String> columns = List.of();

    private SavedViewView activeView;

    public void load() {
        params.clear();
        columns = List.of();
        Map<String, String[]> query =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
        String[] view = query.get("view");
        if (view != null && view.length > 0 && !view[0].isBlank()) {
            openView(view[0]);
            return;
        }
        TicketListParams.NAMES.stream().sorted().forEach(name -> {
            String[] values = query.get(name);
            if (values != null && values.length > 0 && !String.join(",", values).isBlank()) {
                params.put(name, String.join(",", values));
            }
        });
        openExactNumber(params.get("q"));
        String[] cols = query.get("cols");
        if (cols != null && cols.length > 0) {
            columns = ListColumns.parse(String.join(",", cols));
        }
        reload();
    }

    /** A search for an exact ticket number ("TKT-000177") opens that ticket beside the list. */
    private void openExactNumber(String q) {
        if (q != null
                && EXACT_NUMBER.matcher(q.strip()).matches()
                && FacesContext.getCurrentInstance()
                                .getExternalContext()
                                .getRequestParameterMap()
                                .get("ticket")
                        == null) {
            try {
                panel.open(TicketNumber.parse(q.strip()).id());
            } catch (DomainException e) {
                // not a ticket after all: the list says what matches
            }
        }
    }

    /** A saved view: its query becomes this list's parameters, its columns the ones shown. */
    private void openView(String ref) {
        try {
            SavedViewView v = views.get(Long.parseLong(ref.strip()), caller.login());
            for (String pair : v.query().split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    String name =
                            java.net.URLDecoder.decode(pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8);
                    if (TicketListParams.NAMES.contains(name)) {
                        params.put(
                                name,
                                java.net.URLDecoder.decode(
                                        pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
            }
            columns = v.columns();
            activeView = v;
        } catch (NumberFormatException | DomainException e) {
            problem = "there is no saved view " + ref;
        }
        reload();
    }

    /** The list's filter as the URL gives it, for acting on every ticket it matches. */
    public TicketFilter currentFilter() {
        MultivaluedHashMap<String, String> map = new MultivaluedHashMap<>();
        params.forEach(map::putSingle);
        map.remove("page");
        map.putSingle("pageSize", Integer.toString(PAGE_SIZE));
        return TicketListParams.parse(map, caller);
    }

    public void reload() {
        MultivaluedHashMap<String, String> map = new MultivaluedHashMap<>();
        params.forEach(map::putSingle);
        map.putSingle("pageSize", Integer.toString(getPageSize()));
        TicketFilter filter;
        try {
            filter = TicketListParams.parse(map, caller);
            problem = null;
        } catch (DomainException e) {
            problem =
                    e.errors().stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
            MultivaluedHashMap<String, String> defaults = new MultivaluedHashMap<>();
            defaults.putSingle("pageSize", Integer.toString(PAGE_SIZE));
            columns = List.of();
            filter = TicketListParams.parse(defaults, caller);
            params.clear();
        }
        if (!params.containsKey("sort")) {
            filter = filter.sortedBy(SortKey.URGENCY); // the desk's default: most urgent first
        }
        page = queries.list(filter);
        if (page.items().isEmpty() && filter.page() > 1 && page.total() > 0) {
            page = queries.list(filter.atPage(
                    lastPage(page.total()), getPageSize())); // a stale link past the end shows the last page
        }
    }

    public Page<TicketListItem> getPage() {
        return page;
    }

    public String getProblem() {
        return problem;
    }

    public String param(String name) {
        return params.getOrDefault(name, "");
    }

    /** A time parameter of the URL, or null. */
    public java.time.Instant instant(String name) {
        try {
            return params.containsKey(name) ? java.time.Instant.parse(params.get(name)) : null;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    public boolean has(String name, String value) {
        String v = params.get(name);
        return v != null && List.of(v.split(",")).contains(value);
    }

    public boolean isFiltered() {
        return params.keySet().stream().anyMatch(k -> !k.equals("sort") && !k.equals("page") && !k.equals("pageSize"));
    }

    public long getFirstRow() {
        return page.total() == 0 ? 0 : (long) (page.page() - 1) * getPageSize() + 1;
    }

    public long getLastRow() {
        return (long) (page.page() - 1) * getPageSize() + page.items().size();
    }

    public int getLastPage() {
        return lastPage(page.total());
    }

    private int lastPage(long total) {
        int size = getPageSize();
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** 25, 50 or 100 rows a page, from the URL's pageSize. */
    public int getPageSize() {
        String size = params.get("pageSize");
        return size != null && PAGE_SIZES.contains(size) ? Integer.parseInt(size) : PAGE_SIZE;
    }

    public List<String> getPageSizes() {
        return PAGE_SIZES;
    }

    /** Whether the list shows this column (a view or the URL's cols may choose; else the usual ones). */
    public boolean shows(String column) {
        return (columns.isEmpty() ? ListColumns.USUAL : columns).contains(column);
    }

    public List<String> getColumns() {
        return columns.isEmpty() ? ListColumns.USUAL : columns;
    }

    public List<String> getAllColumns() {
        return io.switchboard.domain.view.SavedView.COLUMNS;
    }

    /** The list's parameters (not the page or the columns), for a form that changes only something else. */
    public List<Map.Entry<String, String>> getHiddenParams() {
        return params.entrySet().stream()
                .filter(e -> !e.getKey().equals("page"))
                .map(e -> Map.entry(e.getKey(), e.getValue()))
                .toList();
    }

    /** The chosen columns as the URL carries them, or empty for the usual ones. */
    public String getColsParam() {
        return String.join(",", columns);
    }

    public SavedViewView getActiveView() {
        return activeView;
    }

    /** This list's parameters as a query string, for saving it as a view. */
    public String getQuery() {
        Map<String, String> p = new LinkedHashMap<>(params);
        p.remove("page");
        String url = ListLinks.to(p);
        int q = url.indexOf('?');
        return q < 0 ? "" : url.substring(q + 1);
    }

    /** This list at another page. */
    public String pageUrl(int number) {
        Map<String, String> p = withColumns();
        if (number > 1) {
            p.put("page", Integer.toString(number));
        } else {
            p.remove("page");
        }
        return ListLinks.to(p);
    }

    /** This list sorted by a field: ascending first, then descending on a second click; back to page 1. */
    public String sortUrl(String field) {
        Map<String, String> p = withColumns();
        p.remove("page");
        p.put("sort", field.equals(param("sort")) ? "-" + field : field);
        return ListLinks.to(p);
    }

    private Map<String, String> withColumns() {
        Map<String, String> p = new LinkedHashMap<>(params);
        if (!columns.isEmpty()) {
            p.put("cols", String.join(",", columns));
        }
        return p;
    }

    /** "asc", "desc" or "" for the column header's arrow and aria-sort. */
    public String sortState(String field) {
        String sort = param("sort");
        return sort.equals(field) ? "ascending" : sort.equals("-" + field) ? "descending" : "none";
    }

    /** The same filter as a CSV download of every matching row. */
    public String getExportUrl() {
        Map<String, String> p = new LinkedHashMap<>(params);
        p.remove("page");
        String query = ListLinks.to(p);
        int q = query.indexOf('?');
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + TicketExportServlet.PATH
                + (q < 0 ? "" : query.substring(q));
    }

    /** Page numbers to offer around the current one. */
    public List<Integer> getPageNumbers() {
        int last = getLastPage();
        int current = page.page();
        return java.util.stream.IntStream.rangeClosed(Math.max(1, current - 2), Math.min(last, current + 2))
                .boxed()
                .toList();
    }
}

package io.switchboard.interfaces.web;

import io.switchboard.application.TicketQueries;
import io.switchboard.application.command.TicketFilter;
import io.switchboard.application.view.Page;
import io.switchboard.application.view.TicketListItem;
import io.switchboard.domain.shared.DomainException;
import io.switchboard.interfaces.rest.TicketListParams;
import io.switchboard.interfaces.rest.http.CallerContext;
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

    @Inject
    TicketQueries queries;

    @Inject
    CallerContext caller;

    /** The list parameters of the URL, in a stable order. */
    private final Map<String, String> params = new LinkedHashMap<>();
    private Page<TicketListItem> page;
    private String problem;

    public void load() {
        params.clear();
        Map<String, String[]> query = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
        TicketListParams.NAMES.stream().sorted().forEach(name -> {
            String[] values = query.get(name);
            if (values != null && values.length > 0 && !String.join(",", values).isBlank() && !name.equals("pageSize")) {
                params.put(name, String.join(",", values));
            }
        });
        reload();
    }

    public void reload() {
        MultivaluedHashMap<String, String> map = new MultivaluedHashMap<>();
        params.forEach(map::putSingle);
        map.putSingle("pageSize", Integer.toString(PAGE_SIZE));
        TicketFilter filter;
        try {
            filter = TicketListParams.parse(map, caller);
            problem = null;
        } catch (DomainException e) {
            problem = e.errors().stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
            MultivaluedHashMap<String, String> defaults = new MultivaluedHashMap<>();
            defaults.putSingle("pageSize", Integer.toString(PAGE_SIZE));
            filter = TicketListParams.parse(defaults, caller);
            params.clear();
        }
        page = queries.list(filter);
        if (page.items().isEmpty() && filter.page() > 1 && page.total() > 0) {
            page = queries.list(filter.atPage(lastPage(page.total()), PAGE_SIZE)); // a stale link past the end shows the last page
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
        return params.keySet().stream().anyMatch(k -> !k.equals("sort") && !k.equals("page"));
    }

    public long getFirstRow() {
        return page.total() == 0 ? 0 : (long) (page.page() - 1) * PAGE_SIZE + 1;
    }

    public long getLastRow() {
        return (long) (page.page() - 1) * PAGE_SIZE + page.items().size();
    }

    public int getLastPage() {
        return lastPage(page.total());
    }

    private static int lastPage(long total) {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** This list at another page. */
    public String pageUrl(int number) {
        Map<String, String> p = new LinkedHashMap<>(params);
        if (number > 1) {
            p.put("page", Integer.toString(number));
        } else {
            p.remove("page");
        }
        return ListLinks.to(p);
    }

    /** This list sorted by a field: ascending first, then descending on a second click; back to page 1. */
    public String sortUrl(String field) {
        Map<String, String> p = new LinkedHashMap<>(params);
        p.remove("page");
        p.put("sort", field.equals(param("sort")) ? "-" + field : field);
        return ListLinks.to(p);
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
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + TicketExportServlet.PATH
                + (q < 0 ? "" : query.substring(q));
    }

    /** Page numbers to offer around the current one. */
    public List<Integer> getPageNumbers() {
        int last = getLastPage();
        int current = page.page();
        return java.util.stream.IntStream.rangeClosed(Math.max(1, current - 2), Math.min(last, current + 2)).boxed().toList();
    }
}

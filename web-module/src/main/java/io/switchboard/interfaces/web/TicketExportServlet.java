package io.switchboard.interfaces.web;

import io.switchboard.application.TicketQueries;
import io.switchboard.application.command.TicketFilter;
import io.switchboard.application.view.TicketListItem;
import io.switchboard.domain.shared.DomainException;
import io.switchboard.interfaces.rest.Roles;
import io.switchboard.interfaces.rest.TicketListParams;
import io.switchboard.interfaces.rest.http.CallerContext;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Every ticket the list's filter matches, as CSV, streamed: the matching ids come first in list
 * order, then the rows in batches, each batch written and flushed before the next is read.
 */
@WebServlet(TicketExportServlet.PATH)
@ServletSecurity(@HttpConstraint(rolesAllowed = Roles.AGENT))
public class TicketExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    public static final String PATH = "/export/tickets.csv";
    static final int BATCH = 500;
    /** A ceiling, not a target: an export is for a spreadsheet, and no spreadsheet wants more. */
    static final int MAX_ROWS = 1_000_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    static final String HEADER = "number,summary,status,priority,type,company,assignee,board,category,created,updated,due,deadline,overdue";

    @Inject
    TicketQueries queries;

    @Inject
    CallerContext caller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MultivaluedHashMap<String, String> params = new MultivaluedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (TicketListParams.NAMES.contains(name) && !name.equals("page") && !name.equals("pageSize")) {
                params.addAll(name, values);
            }
        });
        TicketFilter filter;
        try {
            filter = TicketListParams.parse(params, caller);
        } catch (DomainException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        List<Long> ids = queries.matchingIds(filter, MAX_ROWS);
        response.setContentType("text/csv");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"tickets-" + TIME.format(Instant.now()).replaceAll("[^0-9]", "").substring(0, 12) + ".csv\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        Writer out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 64 * 1024);
        out.write('\ufeff'); // spreadsheets read UTF-8 only with a byte order mark
        out.write(HEADER + "\r\n");
        for (int from = 0; from < ids.size(); from += BATCH) {
            for (TicketListItem t : queries.items(ids.subList(from, Math.min(ids.size(), from + BATCH)))) {
                out.write(row(t));
            }
            out.flush();
        }
        out.flush();
    }

    static String row(TicketListItem t) {
        return String.join(",",
                cell(t.number()),
                cell(t.summary()),
                cell(t.status().name()),
                cell(t.priority().key()),
                cell(t.type().key()),
                cell(t.company() == null ? "" : t.company().name()),
                cell(t.assignee() == null ? "" : t.assignee().name()),
                cell(t.board() == null ? "" : t.board().name()),
                cell(t.category() == null ? "" : t.category().name()),
                cell(time(t.createdAt())),
                cell(time(t.updatedAt())),
                cell(time(t.dueAt())),
                cell(time(t.deadlineAt())),
                t.overdue() ? "yes" : "no") + "\r\n";
    }

    private static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    /**
     * RFC 4180 quoting, and a leading apostrophe on text a spreadsheet would run as a formula
     * (=, +, -, @): ticket summaries come from outside.
     */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || !v.equals(value)) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}

package io.switchboard.interfaces.web;

import io.switchboard.application.TicketQueries;
import io.switchboard.application.command.TicketFilter;
import io.switchboard.domain.shared.DomainException;
import io.switchboard.interfaces.rest.Roles;
import io.switchboard.interfaces.rest.TicketCsv;
import io.switchboard.interfaces.rest.TicketListParams;
import io.switchboard.interfaces.rest.error.DomainExceptionMapper;
import io.switchboard.interfaces.rest.http.CallerContext;
import io.switchboard.interfaces.rest.json.Problem;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.IOException;
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

    @Inject
    TicketQueries queries;

    @Inject
    CallerContext caller;

    @Inject
    Jsonb jsonb;

    /** The domain rule behind a failure, also when the EJB container wrapped it. */
    private static DomainException domainCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DomainException domain) {
                return domain;
            }
        }
        return null;
    }

    /** The same problem+json body the API gives, not the server's HTML error page. */
    private void problem(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE.toString());
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(jsonb.toJson(problem));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MultivaluedHashMap<String, String> params = new MultivaluedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (TicketListParams.NAMES.contains(name) && !name.equals("page") && !name.equals("pageSize")) {
                params.addAll(name, values);
            }
        });
        List<Long> ids;
        try {
            TicketFilter filter = TicketListParams.parse(params, caller);
            ids = queries.matchingIds(filter, TicketCsv.MAX_ROWS);
        } catch (RuntimeException e) {
            DomainException refused = domainCause(e);
            if (refused == null) {
                throw e;
            }
            problem(response, DomainExceptionMapper.problem(refused));
            return;
        }
        response.setContentType("text/csv");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", TicketCsv.disposition());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        TicketCsv.write(queries, ids, response.getOutputStream());
    }
}

package io.switchboard.interfaces.web.admin;

import io.switchboard.application.mail.Quarantine;
import io.switchboard.domain.shared.NotFoundException;
import io.switchboard.interfaces.rest.Roles;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A quarantined message's raw bytes for the portal (signed in with a session, not Basic):
 * /admin/mail/raw/{id}, always a download, never rendered by the browser.
 */
@WebServlet(QuarantineDownloadServlet.PATH + "/*")
@ServletSecurity(@HttpConstraint(rolesAllowed = Roles.ADMIN))
public class QuarantineDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    public static final String PATH = "/admin/mail/raw";

    @Inject
    Quarantine quarantine;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        byte[] raw;
        long id;
        try {
            id = Long.parseLong(path);
            raw = quarantine.raw(id);
        } catch (NotFoundException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("message/rfc822");
        response.setContentLength(raw.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"message-" + id + ".eml\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(raw);
    }
}

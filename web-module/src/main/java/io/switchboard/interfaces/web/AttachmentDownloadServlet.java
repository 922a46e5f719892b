package io.switchboard.interfaces.web;

import io.switchboard.application.AttachmentService;
import io.switchboard.application.mail.MailContent;
import io.switchboard.application.view.Download;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Attachments for the portal (which signs in with a session, not Basic): /files/{ticketId}/{attachmentId}
 * is always a download; /files/{ticketId}/{attachmentId}/inline shows a PNG, JPEG, GIF or WebP in
 * place (an email's inline image in its reply) and refuses anything else.
 */
@WebServlet(AttachmentDownloadServlet.PATH + "/*")
@ServletSecurity(@HttpConstraint(rolesAllowed = Roles.AGENT))
public class AttachmentDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    public static final String PATH = "/files";

    @Inject
    AttachmentService attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = request.getPathInfo() == null
                ? new String[0]
                : request.getPathInfo().substring(1).split("/");
        Download download;
        try {
            download = attachments.download(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
        } catch (NotFoundException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String name = download.attachment().filename();
        boolean inline = parts.length == 3 && parts[2].equals("inline");
        if (inline && !MailContent.INLINE_TYPES.contains(download.attachment().contentType())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND); // only plain images are shown in place
            return;
        }
        response.setContentType(inline ? download.attachment().contentType() : "application/octet-stream");
        response.setContentLength(download.content().length);
        response.setHeader(
                "Content-Disposition",
                (inline ? "inline" : "attachment") + "; filename=\"" + name.replaceAll("[^\\x20-\\x7e]|\"|\\\\", "_")
                        + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(download.content());
    }
}

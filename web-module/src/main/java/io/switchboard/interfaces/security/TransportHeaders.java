package io.switchboard.interfaces.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every answer of the application gets. Under HTTPS, HSTS tells the browser to come back
 * only over HTTPS for a year (sent only over HTTPS, where a browser believes it). Nothing but the
 * page resources (scripts, styles, icons: the same for everyone) may be stored by a browser or a
 * proxy: pages and API answers carry tickets, names and tokens. A resource that has a reason to
 * say otherwise (an attachment download) sets its own.
 */
@WebFilter(urlPatterns = "/*")
public class TransportHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String HSTS = "max-age=31536000; includeSubDomains";

    private static final String PAGE_RESOURCES = "/jakarta.faces.resource/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        if (!isPageResource(request)) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache"); // HTTP/1.0 caches know only this
        }
        chain.doFilter(request, response);
    }

    private static boolean isPageResource(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + PAGE_RESOURCES);
    }
}

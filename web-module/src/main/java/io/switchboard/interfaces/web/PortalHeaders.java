package io.switchboard.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Portal pages may not be framed by another site (no clickjacking of a status change), are never
 * sniffed into another type, and send their address only to this site (where a login needs it).
 * Exports and files run no script and load nothing at all.
 */
@WebFilter(urlPatterns = {"*.xhtml", "/export/*", "/files/*"})
public class PortalHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Frame-Options", "DENY");
        if (!request.getRequestURI().endsWith(".xhtml")) {
            // pages get the full policy with this response's script nonce from PrimeFaces (web.xml, primefaces.CSP)
            response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        chain.doFilter(request, response);
    }
}

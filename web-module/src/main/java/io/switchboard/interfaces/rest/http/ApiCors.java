package io.switchboard.interfaces.rest.http;

import io.switchboard.interfaces.rest.json.Problem;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * CORS for the API ({@code switchboard.api.cors-origins}, off when empty). A preflight from an
 * allowed origin is answered here, before any login (browsers send it without credentials); one
 * from any other origin is refused with 403. Answers to allowed origins name that origin, vary
 * by Origin, and expose the headers a client reads (ETag, Location, Link, ...).
 */
@WebFilter(urlPatterns = "/api/*")
public class ApiCors extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private transient CorsPolicy policy;
    private transient Jsonb jsonb;

    @Override
    public void init() {
        policy = CorsPolicy.of(ConfigProvider.getConfig()
                .getOptionalValue("switchboard.api.cors-origins", String.class)
                .orElse(""));
        jsonb = JsonbBuilder.create();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader("Origin");
        boolean preflight = "OPTIONS".equalsIgnoreCase(request.getMethod())
                && origin != null
                && request.getHeader("Access-Control-Request-Method") != null;
        if (origin == null || (policy.isOff() && !preflight)) {
            chain.doFilter(request, response);
            return;
        }
        response.addHeader("Vary", "Origin");
        if (preflight) {
            answerPreflight(request, response, origin);
            return;
        }
        if (policy.allows(origin)) {
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.setHeader("Access-Control-Expose-Headers", CorsPolicy.EXPOSED);
        }
        chain.doFilter(request, response);
    }

    private void answerPreflight(HttpServletRequest request, HttpServletResponse response, String origin)
            throws IOException {
        String method = request.getHeader("Access-Control-Request-Method");
        String refusedHeaders = CorsPolicy.refusedHeaders(request.getHeader("Access-Control-Request-Headers"));
        if (!policy.allows(origin)) {
            refuse(request, response, "Calls from " + origin + " are not allowed (switchboard.api.cors-origins).");
        } else if (!CorsPolicy.allowsMethod(method)) {
            refuse(request, response, "The API takes no " + method + " requests.");
        } else if (!refusedHeaders.isEmpty()) {
            refuse(request, response, "The API takes no request headers " + refusedHeaders + ".");
        } else {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.setHeader("Access-Control-Allow-Methods", CorsPolicy.METHODS);
            response.setHeader("Access-Control-Allow-Headers", String.join(", ", CorsPolicy.REQUEST_HEADERS));
            response.setHeader("Access-Control-Max-Age", CorsPolicy.MAX_AGE);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(Problem.MEDIA_TYPE.toString());
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(jsonb.toJson(
                        Problem.of(Status.FORBIDDEN, "cors-refused", detail).at(request.getRequestURI())));
    }
}

package io.switchboard.interfaces.security;

import io.switchboard.application.ApiTokenService;
import io.switchboard.interfaces.rest.json.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.Set;

/**
 * The one authentication mechanism. Under {@code /api/} it accepts HTTP Basic (checked against
 * the server's user registry) or {@code Bearer sbt_...} personal tokens and answers 401 with a
 * problem body, and keeps no session. Everywhere else it is form login: the login page calls
 * {@code SecurityContext.authenticate} with the typed credentials, and the HTTP session (server
 * side, renewed at login) remembers the caller until logout or timeout.
 */
@ApplicationScoped
public class SwitchboardAuthentication implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    ApiTokenService tokens;

    @Inject
    CredentialCache cache;

    @Inject
    Jsonb jsonb;

    /** The user registry's realm; role bindings are per realm, and a token login names it too. */
    @Inject
    @ConfigProperty(name = "switchboard.security.realm", defaultValue = "switchboard")
    String realm;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (isApi(request)) {
            return validateApiRequest(request, response, context);
        }
        Credential typed = context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
        if (typed instanceof UsernamePasswordCredential credential) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return context.responseUnauthorized();
            }
            request.getSession(true);
            request.changeSessionId(); // no session fixation: the id an attacker planted dies at login
            request.getSession().setAttribute(PortalLogin.ATTRIBUTE, PortalLogin.of(result));
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(PortalLogin.ATTRIBUTE) instanceof PortalLogin login) {
            return context.notifyContainerAboutLogin(login.toResult());
        }
        if (context.isProtected()) {
            String login = request.getContextPath() + LOGIN_PAGE + "?next=" + URLEncoder.encode(originalTarget(request), StandardCharsets.UTF_8);
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                return ajaxRedirect(response, login);
            }
            return context.redirect(login);
        }
        return context.doNothing();
    }

    /** A Faces ajax request cannot follow a 302 to a page; its partial response tells the browser to go there. */
    private static AuthenticationStatus ajaxRedirect(HttpServletResponse response, String target) {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\"/></partial-response>");
        } catch (IOException e) {
            // the client went away
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private AuthenticationStatus validateApiRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || authorization.isBlank()) {
            return context.isProtected() ? challenge(response, context, "This API needs HTTP Basic credentials or a personal token.") : context.doNothing();
        }
        CredentialValidationResult result;
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            result = token(authorization.substring(7).strip());
        } else if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            result = basic(authorization.substring(6).strip());
        } else {
            return challenge(response, context, "Use HTTP Basic or 'Authorization: Bearer <token>'.");
        }
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return challenge(response, context, "The credentials are not valid.");
        }
        return context.notifyContainerAboutLogin(result);
    }

    private CredentialValidationResult basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        CredentialValidationResult cached = cache.get("basic", decoded);
        if (cached != null) {
            return cached;
        }
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            cache.put("basic", decoded, result);
        }
        return result;
    }

    private CredentialValidationResult token(String presented) {
        CredentialValidationResult cached = cache.get("token", presented);
        if (cached != null) {
            return cached;
        }
        CredentialValidationResult result = tokens.authenticate(presented)
                .map(p -> new CredentialValidationResult(realm, p.username(), null, p.username(), Set.copyOf(p.roles())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            cache.put("token", presented, result);
        }
        return result;
    }

    private AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context, String detail) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"switchboard\", charset=\"UTF-8\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType(Problem.MEDIA_TYPE.toString());
        try {
            response.getWriter().write(jsonb.toJson(Problem.of(Status.UNAUTHORIZED, "unauthenticated", detail)));
        } catch (IOException e) {
            // the client went away; the status says it all
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /**
     * Where to return after login. A GET comes back to itself; a form post (a page left open past
     * the session timeout) comes back to the page it was posted from, when that page is ours.
     */
    private static String originalTarget(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!"GET".equals(request.getMethod())) {
            String from = sameOriginPage(request);
            if (from != null) {
                return from;
            }
        }
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    private static String sameOriginPage(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            java.net.URI uri = java.net.URI.create(referer);
            if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName()) || uri.getRawPath() == null
                    || !uri.getRawPath().startsWith(request.getContextPath() + "/")) {
                return null;
            }
            String path = uri.getRawPath().substring(request.getContextPath().length());
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

package io.switchboard.interfaces.security;

import io.switchboard.application.ApiTokenService;
import io.switchboard.application.view.TokenPrincipal;
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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

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

    /** Set on a throttled portal sign-in: the seconds to wait, for the login page to say. */
    public static final String THROTTLED_SECONDS = "switchboard.login.throttled-seconds";

    private static final int TOO_MANY_REQUESTS = 429;

    /** Longer than any Basic pair or token we issue; anything longer is refused unread. */
    private static final int MAX_AUTHORIZATION = 4096;

    @Inject
    ApiTokenService tokens;

    @Inject
    CredentialCache cache;

    @Inject
    AccountCheck accounts;

    @Inject
    RefusedCredentialsLog refusals;

    @Inject
    PasswordCheck passwords;

    @Inject
    Jsonb jsonb;

    @Inject
    Clock clock;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (isApi(request)) {
            return validateApiRequest(request, response, context);
        }
        Credential typed = context.getAuthParameters() == null
                ? null
                : context.getAuthParameters().getCredential();
        if (typed instanceof UsernamePasswordCredential credential) {
            PasswordCheck.Outcome outcome = passwords.check(
                    credential.getCaller(), credential.getPasswordAsString(), request.getRemoteAddr(), "portal");
            if (outcome instanceof PasswordCheck.Throttled throttled) {
                long seconds = retryAfterSeconds(throttled.retryAfter());
                response.setStatus(TOO_MANY_REQUESTS);
                response.setHeader("Retry-After", Long.toString(seconds));
                request.setAttribute(THROTTLED_SECONDS, seconds);
                return context.responseUnauthorized();
            }
            if (!(outcome instanceof PasswordCheck.Valid valid)) {
                return context.responseUnauthorized();
            }
            CredentialValidationResult result = valid.result();
            request.getSession(true);
            request.changeSessionId(); // no session fixation: the id an attacker planted dies at login
            request.getSession().setAttribute(PortalLogin.ATTRIBUTE, PortalLogin.of(result));
            if (request.isSecure()) {
                SecureSessionCookie.reissue(request, response);
            }
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(PortalLogin.ATTRIBUTE) instanceof PortalLogin login) {
            CredentialValidationResult now = accounts.resultFor(login.name(), null);
            if (now.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(now);
            }
            session.invalidate(); // deleted or switched off since login: the session ends here
        }
        if (context.isProtected()) {
            String login = request.getContextPath() + LOGIN_PAGE + "?next="
                    + URLEncoder.encode(originalTarget(request), StandardCharsets.UTF_8);
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
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                            + target.replace("&", "&amp;")
                                    .replace("\"", "&quot;")
                                    .replace("<", "&lt;") + "\"/></partial-response>");
        } catch (IOException e) {
            // the client went away
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private AuthenticationStatus validateApiRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || authorization.isBlank()) {
            return context.isProtected()
                    ? challenge(request, response, "This API needs HTTP Basic credentials or a personal token.")
                    : context.doNothing();
        }
        String address = request.getRemoteAddr();
        if (authorization.length() > MAX_AUTHORIZATION) {
            return refuse(request, response, "an Authorization header of " + authorization.length() + " characters");
        }
        ApiCredential outcome;
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            outcome = token(authorization.substring(7).strip());
        } else if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            outcome = basic(authorization.substring(6).strip(), address);
        } else {
            refusals.refused(address, "an Authorization header of an unknown scheme");
            return challenge(request, response, "Use HTTP Basic or 'Authorization: Bearer <token>'.");
        }
        if (outcome.throttled() != null) {
            refusals.refused(address, "sign-ins throttled");
            return tooManyFailures(request, response, outcome.throttled());
        }
        if (outcome.result().getStatus() != CredentialValidationResult.Status.VALID) {
            return refuse(request, response, "credentials that are not valid");
        }
        return context.notifyContainerAboutLogin(outcome.result());
    }

    /** The caller as the API should know it, or how long it must wait before it may try again. */
    private record ApiCredential(CredentialValidationResult result, Duration throttled) {

        static ApiCredential of(CredentialValidationResult result) {
            return new ApiCredential(result, null);
        }

        static final ApiCredential INVALID = of(CredentialValidationResult.INVALID_RESULT);
    }

    private AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, String what) {
        refusals.refused(request.getRemoteAddr(), what);
        return challenge(request, response, "The credentials are not valid.");
    }

    private ApiCredential basic(String encoded, String address) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return ApiCredential.INVALID;
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            return ApiCredential.INVALID;
        }
        Duration wait = passwords.waitBeforeTrying(decoded.substring(0, colon), address, "api");
        if (!wait.isZero()) {
            // before the cache too: a throttled guesser learns nothing, not even that a guess was right
            return new ApiCredential(null, wait);
        }
        Optional<String> known = cache.passwordOwner(decoded);
        if (known.isPresent()) {
            return ApiCredential.of(accounts.resultFor(known.get(), null));
        }
        PasswordCheck.Outcome outcome =
                passwords.check(decoded.substring(0, colon), decoded.substring(colon + 1), address, "api");
        if (outcome instanceof PasswordCheck.Throttled throttled) {
            return new ApiCredential(null, throttled.retryAfter());
        }
        if (!(outcome instanceof PasswordCheck.Valid valid)) {
            return ApiCredential.INVALID;
        }
        cache.rememberPassword(decoded, valid.result().getCallerPrincipal().getName());
        return ApiCredential.of(valid.result());
    }

    /** A token speaks for its owner as the owner is now, and never beyond the token's scope. */
    private ApiCredential token(String presented) {
        Optional<TokenPrincipal> principal = cache.token(presented);
        if (principal.isEmpty()) {
            principal = tokens.authenticate(presented);
            principal.ifPresent(p -> cache.rememberToken(presented, p));
        }
        return ApiCredential.of(principal
                .filter(p -> !p.isExpiredAt(clock.instant()))
                .map(p -> accounts.resultFor(p.username(), p.scope()))
                .orElse(CredentialValidationResult.INVALID_RESULT));
    }

    private AuthenticationStatus tooManyFailures(
            HttpServletRequest request, HttpServletResponse response, Duration retryAfter) {
        BasicAuditGuard.markNotBasic(request);
        long seconds = retryAfterSeconds(retryAfter);
        response.setStatus(TOO_MANY_REQUESTS);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(Problem.MEDIA_TYPE.toString());
        try {
            response.getWriter()
                    .write(jsonb.toJson(Problem.of(
                                    Status.TOO_MANY_REQUESTS,
                                    "too-many-failed-sign-ins",
                                    "Too many failed sign-ins for this account or from this address. Try again in "
                                            + seconds + " s.")
                            .at(request.getRequestURI())));
        } catch (IOException e) {
            // the client went away; the status says it all
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static long retryAfterSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /** Answers 401 with a problem body; the response is complete, so the server adds nothing to it. */
    private AuthenticationStatus challenge(HttpServletRequest request, HttpServletResponse response, String detail) {
        BasicAuditGuard.markNotBasic(request);
        response.setHeader("WWW-Authenticate", "Basic realm=\"switchboard\", charset=\"UTF-8\"");
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType(Problem.MEDIA_TYPE.toString());
        try {
            response.getWriter()
                    .write(jsonb.toJson(Problem.of(Status.UNAUTHORIZED, "unauthenticated", detail)
                            .at(request.getRequestURI())));
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
            if (uri.getHost() == null
                    || !uri.getHost().equalsIgnoreCase(request.getServerName())
                    || uri.getRawPath() == null
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

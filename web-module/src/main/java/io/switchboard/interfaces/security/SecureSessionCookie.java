package io.switchboard.interfaces.security;

import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Marks the session cookie of a sign-in over HTTPS {@code Secure}, so the browser never sends
 * that session over plain HTTP. Liberty's session manager sets {@code Secure} only server-wide,
 * which would break sign-ins over plain HTTP (a developer's localhost, a proxy's backend link);
 * so the cookie Liberty just issued for the new session id is issued once more, Secure. The
 * second Set-Cookie comes after the server's and replaces it in the browser.
 */
final class SecureSessionCookie {

    /** Liberty's cookie value: a 4-digit session version, the id, then ":" and the server's clone id. */
    private static final int VERSION_LENGTH = 4;

    private static final String FIRST_VERSION = "0000";

    private SecureSessionCookie() {}

    static void reissue(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        SessionCookieConfig config = request.getServletContext().getSessionCookieConfig();
        String name = config.getName() == null ? "JSESSIONID" : config.getName();
        Cookie cookie = new Cookie(name, value(session.getId(), presented(request, name)));
        cookie.setPath(config.getPath() == null ? "/" : config.getPath());
        if (config.getDomain() != null) {
            cookie.setDomain(config.getDomain());
        }
        cookie.setHttpOnly(true);
        cookie.setSecure(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    /** The value the server gives a session: version and clone id as in the cookie the client had, if any. */
    static String value(String sessionId, String presented) {
        if (presented == null || presented.length() <= VERSION_LENGTH) {
            return FIRST_VERSION + sessionId;
        }
        int clone = presented.indexOf(':');
        return presented.substring(0, VERSION_LENGTH) + sessionId + (clone < 0 ? "" : presented.substring(clone));
    }

    private static String presented(HttpServletRequest request, String name) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie c : request.getCookies()) {
            if (c.getName().equals(name)) {
                return c.getValue();
            }
        }
        return null;
    }
}

package io.switchboard.interfaces.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.lang.reflect.Method;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Works around the server's audit of a refused login. When our mechanism refuses a request whose
 * application declares no login-config, the server takes the request for HTTP Basic and decodes
 * its {@code Authorization: Basic ...} header itself for the audit record; a header that is not
 * Base64 (a null) or has no colon (a negative index) then fails with a 500 and a stack trace in
 * the log, before any application code can answer. The server reads the authentication type from
 * a private request attribute that the mechanism may set first: naming our own type there makes
 * it leave the header alone.
 */
final class BasicAuditGuard {

    private static final Logger LOG = Logger.getLogger(BasicAuditGuard.class.getName());
    private static final String AUTH_TYPE = "AUTH_TYPE";
    private static final String OURS = "JASPI";

    private BasicAuditGuard() {}

    static void markNotBasic(ServletRequest request) {
        ServletRequest inner = request;
        while (inner instanceof HttpServletRequestWrapper wrapper) {
            inner = wrapper.getRequest();
        }
        try {
            Method set = inner.getClass().getMethod("setPrivateAttribute", String.class, Object.class);
            set.invoke(inner, AUTH_TYPE, OURS);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.FINE, "This server's request has no private attributes; nothing to work around", e);
        }
    }
}

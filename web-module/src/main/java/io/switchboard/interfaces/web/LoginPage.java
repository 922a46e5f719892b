package io.switchboard.interfaces.web;

import io.switchboard.interfaces.security.SwitchboardAuthentication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/** The sign-in form: checks the credentials through the one authentication mechanism, then goes back where the user was. */
@Named
@RequestScoped
public class LoginPage {

    static final String HOME = "/index.xhtml";

    @Inject
    SecurityContext security;

    private String username;
    private String password;
    private String next;
    private boolean failed;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = security.authenticate(
                request,
                new KeepPageResponse(response),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(
                                username == null ? "" : username.strip(),
                                new Password(password == null ? "" : password)))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + safeNext(next));
            faces.responseComplete();
            return;
        }
        failed = true;
        password = null;
        if (request.getAttribute(SwitchboardAuthentication.THROTTLED_SECONDS) instanceof Long seconds) {
            response.setStatus(429); // after the mechanism's refusal, which the server answers as 401
            response.setHeader("Retry-After", Long.toString(seconds));
            Feedback.error("Too many failed sign-ins for this account or from this address. Try again in " + seconds
                    + " seconds.");
            return;
        }
        Feedback.error("Wrong user name or password. Check both and try again.");
    }

    /**
     * Only a path inside this application: "/tickets.xhtml?status=open", never "//evil.example"
     * or "https://..." (no open redirect), and never the login page itself.
     */
    static String safeNext(String next) {
        if (next == null || next.isBlank()) {
            return HOME;
        }
        String n = next.strip();
        boolean local = n.startsWith("/")
                && !n.startsWith("//")
                && !n.startsWith("/\\")
                && n.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
        if (!local
                || n.startsWith("/login.xhtml")
                || n.startsWith("/jakarta.faces.resource/")
                || n.startsWith("/api/")) {
            return HOME;
        }
        return n;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public boolean isFailed() {
        return failed;
    }

    /** The mechanism answers a wrong password with 401; here the page itself says so, so the error status must not replace it. */
    private static final class KeepPageResponse extends HttpServletResponseWrapper {
        KeepPageResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int sc) {
            // the login page renders the message
        }

        @Override
        public void sendError(int sc, String msg) {
            // the login page renders the message
        }
    }
}

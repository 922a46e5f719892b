package io.switchboard.interfaces.web;

import io.switchboard.application.view.DirectoryViews.AgentView;
import io.switchboard.domain.shared.Actor;
import io.switchboard.domain.shared.Origin;
import io.switchboard.interfaces.rest.Roles;
import io.switchboard.interfaces.rest.http.CallerContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The person using the portal: login, agent record, roles and time zone (the browser's, sent as a cookie). */
@Named("user")
@RequestScoped
public class PortalUser {

    static final String ZONE_COOKIE = "sb_tz";

    @Inject
    CallerContext caller;

    private ZoneId zone;

    public String getLogin() {
        return caller.login();
    }

    public String getDisplayName() {
        return caller.agent().map(AgentView::name).orElse(caller.login());
    }

    public String getInitials() {
        String[] parts = getDisplayName().strip().split("\\s+");
        String first = parts[0].isEmpty() ? "?" : parts[0].substring(0, 1);
        return (parts.length > 1 ? first + parts[parts.length - 1].charAt(0) : first).toUpperCase();
    }

    /** The caller's agent id, or null for a login without an agent record. */
    public Long getAgentId() {
        return caller.agent().map(AgentView::id).orElse(null);
    }

    public boolean isAgentMapped() {
        return getAgentId() != null;
    }

    public boolean isSupervisor() {
        return caller.roles().contains(Roles.SUPERVISOR);
    }

    public boolean isAdmin() {
        return caller.roles().contains(Roles.ADMIN);
    }

    public Actor actor() {
        return caller.actor(Origin.PORTAL);
    }

    public ZoneId zone() {
        if (zone == null) {
            zone = zoneOf(
                    FacesContext.getCurrentInstance() == null
                            ? null
                            : (HttpServletRequest) FacesContext.getCurrentInstance()
                                    .getExternalContext()
                                    .getRequest());
        }
        return zone;
    }

    static ZoneId zoneOf(HttpServletRequest request) {
        if (request != null && request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (c.getName().equals(ZONE_COOKIE)) {
                    try {
                        return ZoneId.of(
                                java.net.URLDecoder.decode(c.getValue(), java.nio.charset.StandardCharsets.UTF_8));
                    } catch (DateTimeException | IllegalArgumentException e) {
                        return ZoneOffset.UTC;
                    }
                }
            }
        }
        return ZoneOffset.UTC;
    }
}

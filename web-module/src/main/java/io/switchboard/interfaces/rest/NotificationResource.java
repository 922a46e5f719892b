package io.switchboard.interfaces.rest;

import io.switchboard.application.NotificationService;
import io.switchboard.application.view.NotificationView;
import io.switchboard.application.view.Page;
import io.switchboard.interfaces.rest.http.CallerContext;
import io.switchboard.interfaces.rest.http.Paging;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/notifications")
@RequestScoped
@RolesAllowed(Roles.AGENT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class NotificationResource {

    @Inject
    NotificationService notifications;

    @Inject
    CallerContext caller;

    @GET
    @Operation(
            operationId = "listNotifications",
            summary = "My notifications",
            description = "Newest first. unread=true lists only unread ones; page from 1, pageSize up to 200."
                    + " Notifications come from ticket events a few seconds after they happen: changes to tickets assigned to or watched by"
                    + " you, and notes that @mention you; never your own changes.")
    public Page<NotificationView> list(
            @QueryParam("unread") @DefaultValue("false") boolean unread,
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("pageSize") @DefaultValue("25") int pageSize) {
        Paging.check(page, pageSize);
        return notifications.list(caller.login(), unread, page, pageSize);
    }

    @POST
    @Path("{id}/read")
    @Operation(operationId = "markNotificationRead", summary = "Mark one notification read")
    public NotificationView read(@PathParam("id") long id) {
        return notifications.markRead(caller.login(), id);
    }

    @POST
    @Path("read-all")
    @Operation(
            operationId = "markAllNotificationsRead",
            summary = "Mark all my notifications read",
            description = "Answers {\"marked\": n}.")
    public Map<String, Integer> readAll() {
        return Map.of("marked", notifications.markAllRead(caller.login()));
    }
}

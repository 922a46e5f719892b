package io.switchboard.interfaces.rest.mail;

import io.switchboard.application.mail.InboundMailView;
import io.switchboard.application.mail.Quarantine;
import io.switchboard.application.view.Page;
import io.switchboard.interfaces.rest.Roles;
import io.switchboard.interfaces.rest.http.Paging;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/mail/messages")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Email")
public class MailLogResource {

    @Inject
    Quarantine quarantine;

    @GET
    @Operation(
            operationId = "listInboundMail",
            summary = "The intake log: every message taken in and what it became",
            description = "Newest first. Filters: mailbox (its plugin instance id), state=received|processed|ignored"
                    + "|quarantined|discarded. Outcomes: ticket, reply, follow-up, ticket-linked, agent-reply,"
                    + " agent-note, bounce-note, bounce, auto_reply, bulk, loop, duplicate, quarantined.")
    public Page<InboundMailView> list(
            @QueryParam("mailbox") Long mailbox,
            @QueryParam("state") String state,
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("pageSize") @DefaultValue("25") int pageSize) {
        Paging.check(page, pageSize);
        return quarantine.log(mailbox, state, page, pageSize);
    }
}

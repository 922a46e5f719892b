package io.switchboard.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Switchboard API",
                        version = "1",
                        description =
                                "The IT service desk's REST API. Lists are pages of {items,total,page,pageSize}; errors are RFC 9457 problems; single resources carry an ETag that updates send back in If-Match; creating POSTs accept an Idempotency-Key.",
                        contact = @Contact(name = "Switchboard maintainers", url = "https://switchboard.io/support"),
                        license = @License(name = "Proprietary", url = "https://switchboard.io/license")),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "token")},
        tags = {
            @Tag(
                    name = "Tickets",
                    description =
                            "Open, find, change, move through the workflow, assign, watch, delete and restore tickets; dashboard numbers; natural-language drafts; bulk changes and merges."),
            @Tag(name = "Comments", description = "Replies to the requester and internal notes on a ticket."),
            @Tag(name = "Tasks", description = "Sub-tasks of a ticket."),
            @Tag(name = "Links", description = "Related, parent/child and duplicate links between tickets."),
            @Tag(
                    name = "Attachments",
                    description =
                            "Files on a ticket: uploaded as multipart/form-data, always downloaded as attachments."),
            @Tag(name = "History", description = "A ticket's append-only audit trail."),
            @Tag(name = "Time entries", description = "Time worked on a ticket, billable or not."),
            @Tag(name = "Views", description = "Saved ticket-list queries, personal or shared."),
            @Tag(name = "Canned replies", description = "Reusable reply texts with placeholders, personal or shared."),
            @Tag(name = "Directory", description = "Companies, contacts, agents, boards and categories."),
            @Tag(
                    name = "Workflow and SLA",
                    description = "The statuses and their transitions; SLA targets per priority."),
            @Tag(
                    name = "Notifications",
                    description = "The caller's in-app notifications and what they are notified about."),
            @Tag(name = "Me", description = "The caller's identity and personal API tokens."),
            @Tag(
                    name = "Plugins",
                    description =
                            "Installed plugins, their configured instances and the event deliveries to them (admin)."),
            @Tag(
                    name = "PSA",
                    description =
                            "Connections to ConnectWise, Autotask and other PSA systems: mapping, sync runs, callbacks."),
            @Tag(
                    name = "Email",
                    description =
                            "Email intake: the intake log and the quarantine of messages that could not be processed."),
            @Tag(name = "Admin", description = "Ticket import and the server's scheduled work.")
        })
@SecuritySchemes({
    @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic"),
    @SecurityScheme(
            securitySchemeName = "token",
            type = SecuritySchemeType.HTTP,
            scheme = "bearer",
            description = "A personal API token from POST /api/v1/me/tokens, sent as 'Authorization: Bearer sbt_...'")
})
public class SwitchboardApi extends Application {}

package io.switchboard.interfaces.rest;

import io.switchboard.application.psa.CallbackIntake;
import io.switchboard.interfaces.rest.json.Problem;
import io.switchboard.plugin.psa.InboundCallback;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where a PSA calls back. No login: the provider verifies each call's signature instead. */
@Path("/webhooks/{connection}")
@RequestScoped
@PermitAll
@Tag(name = "PSA")
public class PsaWebhookResource {

    /** A callback is a small JSON document; anything larger is not one. */
    private static final int MAX_BYTES = 256 * 1024;

    @Inject
    CallbackIntake callbacks;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "receivePsaCallback",
            summary = "Inbound PSA callback",
            description = "Verified by the connection's provider (ConnectWise: key_url on the configured site,"
                    + " HMAC-SHA256 in x-content-signature); 202 when accepted (a targeted pull follows, one per"
                    + " ticket however many callbacks arrive), 401 when it does not verify.")
    @APIResponse(responseCode = "202", description = "Verified and queued for a targeted pull")
    @RequestBody(
            description = "The provider's callback as it sends it (a JSON document for ConnectWise, Autotask and"
                    + " another Switchboard's notify-webhook); verified before anything reads it",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(type = SchemaType.OBJECT, description = "The provider's callback document")),
                @Content(mediaType = MediaType.WILDCARD, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response receive(@PathParam("connection") long connection, byte[] body) {
        if (body != null && body.length > MAX_BYTES) {
            return Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, "too-large", "A callback is at most 256 KiB.")
                    .toResponse();
        }
        InboundCallback callback = new InboundCallback(headers.getRequestHeaders(), uri.getQueryParameters(), body);
        return switch (callbacks.receive(connection, callback, request.getRemoteAddr())) {
            case ACCEPTED -> Response.accepted().build();
            case REJECTED ->
                Problem.of(Response.Status.UNAUTHORIZED, "unverified-callback", "The callback could not be verified.")
                        .toResponse();
        };
    }
}

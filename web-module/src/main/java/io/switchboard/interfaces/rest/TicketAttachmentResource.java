package io.switchboard.interfaces.rest;

import io.switchboard.application.AttachmentService;
import io.switchboard.application.view.AttachmentView;
import io.switchboard.application.view.Download;
import io.switchboard.application.view.Page;
import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.domain.shared.PayloadTooLargeException;
import io.switchboard.interfaces.rest.http.CallerContext;
import io.switchboard.interfaces.rest.http.ContentDisposition;
import io.switchboard.interfaces.rest.http.Paging;
import io.switchboard.interfaces.rest.openapi.Upload;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/tickets/{ref}/attachments")
@RequestScoped
@RolesAllowed(Roles.AGENT)
@Tag(name = "Attachments")
public class TicketAttachmentResource {

    @Inject
    AttachmentService attachments;

    @Inject
    CallerContext caller;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listAttachments", summary = "Files on the ticket")
    public Page<AttachmentView> list(
            @PathParam("ref") String ref,
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("pageSize") @DefaultValue(Paging.DEFAULT_SIZE) int pageSize) {
        return new Paging(page, pageSize).of(attachments.list(TicketRefs.id(ref)));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "uploadAttachment",
            summary = "Attach a file",
            description = "multipart/form-data with one part named 'file'. At most 10 MiB by default"
                    + " (switchboard.attachments.max-bytes); the type is taken from the content, not from the client.")
    @APIResponse(
            responseCode = "201",
            description = "Stored",
            content = @Content(schema = @Schema(implementation = io.switchboard.application.view.AttachmentView.class)))
    @Upload
    public Response upload(@PathParam("ref") String ref, List<EntityPart> parts) {
        long ticketId = TicketRefs.id(ref);
        EntityPart file = parts.stream()
                .filter(p -> "file".equals(disposition(p).name()))
                .findFirst()
                .orElseThrow(() ->
                        new InvalidInputException("file", "is required: send the file as a form part named 'file'"));
        byte[] content = read(file, attachments.maxBytes());
        String filename = disposition(file).filename();
        AttachmentView view = attachments.upload(
                ticketId, filename == null || filename.isBlank() ? "attachment" : filename, content, caller.apiActor());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(view.id()))
                        .build())
                .entity(view)
                .build();
    }

    @GET
    @Path("{attachment}")
    @Operation(
            operationId = "downloadAttachment",
            summary = "Download a file",
            description = "Always served as a download with nosniff, never rendered inline.")
    @APIResponse(
            responseCode = "200",
            description = "The file, always as a download",
            content =
                    @Content(
                            mediaType = "application/octet-stream",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("ref") String ref, @PathParam("attachment") long attachment) {
        Download download = attachments.download(TicketRefs.id(ref), attachment);
        String name = download.attachment().filename();
        return Response.ok(download.content(), MediaType.APPLICATION_OCTET_STREAM_TYPE)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + name.replaceAll("[^\\x20-\\x7e]|\"|\\\\", "_")
                                + "\"; filename*=UTF-8''"
                                + URLEncoder.encode(name, StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .header("X-Detected-Content-Type", download.attachment().contentType())
                .build();
    }

    /** The part's own Content-Disposition, read with RFC 5987 and UTF-8 file names in mind. */
    private static ContentDisposition disposition(EntityPart part) {
        String header = part.getHeaders().getFirst("Content-Disposition");
        if (header == null) {
            return new ContentDisposition(part.getName(), part.getFileName().orElse(null));
        }
        return ContentDisposition.parse(header);
    }

    private static byte[] read(EntityPart part, long max) {
        try (InputStream in = part.getContent()) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (content.length > max) {
                throw new PayloadTooLargeException("Attachments may be at most " + max + " bytes.");
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.switchboard.interfaces.rest.body;

import io.switchboard.domain.mail.AfterClose;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the catalogue: companies, contacts, agents, boards and categories. */
public final class DirectoryShapes {

    private DirectoryShapes() {}

    @Schema(name = "CompanyCreate")
    public record CompanyCreate(
            @Schema(required = true, example = "Acme Corp") String name,

            @Schema(description = "Mail from this domain is matched to the company", example = "acme.com")
            String emailDomain) {}

    @Schema(name = "CompanyPatch", description = "Only the fields given change")
    public record CompanyPatch(
            @Schema(example = "Acme Corporation") String name,
            @Schema(example = "acme.com") String emailDomain,

            @Schema(description = "false hides it from new tickets", example = "true")
            Boolean active) {}

    @Schema(name = "ContactCreate")
    public record ContactCreate(
            @Schema(required = true, example = "Megan Bowen")
            String name,

            @Schema(required = true, format = "email", example = "megan@acme.com")
            String email,

            @Schema(example = "1") Long companyId,
            @Schema(example = "+1 555 0100") String phone) {}

    @Schema(name = "ContactPatch", description = "Only the fields given change")
    public record ContactPatch(
            @Schema(example = "Megan Bowen-Smith") String name,
            @Schema(example = "1") Long companyId,
            @Schema(example = "+1 555 0101") String phone,
            @Schema(example = "true") Boolean active) {}

    @Schema(name = "AgentCreate")
    public record AgentCreate(
            @Schema(required = true, description = "The login the agent signs in with", example = "jdoe")
            String username,

            @Schema(required = true, example = "Jane Doe") String name,

            @Schema(format = "email", example = "jane@desk.example.com")
            String email) {}

    @Schema(name = "AgentPatch", description = "Only the fields given change")
    public record AgentPatch(
            @Schema(example = "Jane Doe") String name,

            @Schema(format = "email", example = "jane@desk.example.com")
            String email,

            @Schema(example = "true") Boolean active) {}

    @Schema(name = "EntryCreate", description = "A board or a category")
    public record EntryCreate(
            @Schema(required = true, example = "Infrastructure")
            String name) {}

    @Schema(name = "EntryPatch", description = "A board or a category: only the fields given change")
    public record EntryPatch(
            @Schema(example = "Infrastructure") String name,
            @Schema(example = "true") Boolean active) {}

    @Schema(name = "BoardMailRule", description = "What an emailed answer to the board's finished tickets does")
    public record BoardMailRule(
            @Schema(required = true, example = "reopen") AfterClose afterClose) {}
}

package io.switchboard.application.parse;

import io.switchboard.application.view.AgentRef;
import io.switchboard.application.view.ContactRef;
import io.switchboard.application.view.Ref;
import io.switchboard.domain.shared.FieldError;
import io.switchboard.domain.ticket.Priority;
import io.switchboard.domain.ticket.TicketType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A proposed ticket. Fields the parser could not fill are null and named in
 * {@code missingFields}; {@code warnings} say where it guessed (a fuzzy or ambiguous match, "me"
 * without an agent record, a name that matched nothing).
 */
public record TicketDraft(
        String summary,
        String description,
        Priority priority,
        TicketType type,
        Ref company,
        ContactRef contact,
        AgentRef assignee,
        Ref board,
        Ref category,
        Instant dueAt,
        List<String> missingFields,
        List<FieldError> warnings) {

    /** The fields a good ticket has and that the portal highlights when the parser left them empty. */
    public static final List<String> EXPECTED = List.of("summary", "company", "priority", "assignee", "board");

    public TicketDraft {
        missingFields = List.copyOf(missingFields);
        warnings = List.copyOf(warnings);
    }

    /** This draft with one more warning. */
    public TicketDraft withWarning(FieldError warning) {
        List<FieldError> more = new ArrayList<>(warnings);
        more.add(warning);
        return new TicketDraft(
                summary,
                description,
                priority,
                type,
                company,
                contact,
                assignee,
                board,
                category,
                dueAt,
                missingFields,
                more);
    }
}

package io.switchboard.application.parse;

import io.switchboard.application.view.AgentRef;
import io.switchboard.application.view.ContactRef;
import io.switchboard.application.view.Ref;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What a parser works from: the text, the active catalogue entries it may propose, who is asking
 * ({@code me} is null for a login without an agent record), the contact whose email address the
 * text names (if any) with their company, and the time and zone for words like "tomorrow".
 */
public record ParseInput(
        String text,
        Catalogue catalogue,
        AgentRef me,
        ContactRef contact,
        Ref contactCompany,
        Instant now,
        ZoneId zone) {

    /** The names a draft may use. */
    public record Catalogue(List<Ref> companies, List<AgentRef> agents, List<Ref> boards, List<Ref> categories) {
        public Catalogue {
            companies = List.copyOf(companies);
            agents = List.copyOf(agents);
            boards = List.copyOf(boards);
            categories = List.copyOf(categories);
        }
    }
}

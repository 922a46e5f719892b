package io.switchboard.application.parse;

import io.switchboard.application.TicketViews;
import io.switchboard.application.view.AgentRef;
import io.switchboard.application.view.ContactRef;
import io.switchboard.application.view.Ref;
import io.switchboard.domain.directory.Agent;
import io.switchboard.domain.directory.Board;
import io.switchboard.domain.directory.Category;
import io.switchboard.domain.directory.Company;
import io.switchboard.domain.directory.Contact;
import io.switchboard.domain.directory.DirectoryRepository;
import io.switchboard.domain.directory.Email;
import io.switchboard.domain.shared.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Quick create: hands the text and the live catalogues to the {@link TicketParser} in charge. */
@Stateless
public class TicketDrafts {

    /** Long enough for a pasted email; a parse is no place for a novel. */
    public static final int MAX_TEXT = 4000;
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

    @Inject
    TicketParser parser;

    @Inject
    DirectoryRepository directory;

    @Inject
    Clock clock;

    public TicketDraft parse(String text, String login, ZoneId zone) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "must not be blank");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException("text", "must be at most " + MAX_TEXT + " characters");
        }
        ParseInput.Catalogue catalogue = new ParseInput.Catalogue(
                directory.companies().stream().filter(Company::isActive).map(TicketViews::ref).toList(),
                directory.agents().stream().filter(Agent::isActive).map(TicketViews::ref).toList(),
                directory.boards().stream().filter(Board::isActive).map(TicketViews::ref).toList(),
                directory.categories().stream().filter(Category::isActive).map(TicketViews::ref).toList());
        AgentRef me = directory.agentByUsername(login).filter(Agent::isActive).map(TicketViews::ref).orElse(null);
        Contact contact = requester(text);
        ContactRef contactRef = contact == null ? null : TicketViews.ref(contact);
        Ref contactCompany = contact == null || contact.company() == null || !contact.company().isActive() ? null : TicketViews.ref(contact.company());
        return parser.parse(new ParseInput(text, catalogue, me, contactRef, contactCompany, clock.instant(), zone));
    }

    /** The first email address in the text that belongs to an active contact. */
    private Contact requester(String text) {
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            try {
                Contact c = directory.contactByEmail(Email.of(m.group())).filter(Contact::isActive).orElse(null);
                if (c != null) {
                    return c;
                }
            } catch (InvalidInputException e) {
                // not an address after all; read on
            }
        }
        return null;
    }
}

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
import io.switchboard.domain.shared.FieldError;
import io.switchboard.domain.shared.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quick create: hands the text and the live catalogues to the parser in charge. An active parser
 * plugin replaces the built-in {@link TicketParser}; when it fails or times out, the built-in one
 * reads the text after all and the draft says so, so quick create never stops working because of
 * a plugin.
 */
@Stateless
public class TicketDrafts {

    /** Long enough for a pasted email; a parse is no place for a novel. */
    public static final int MAX_TEXT = 4000;

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

    @Inject
    TicketParser parser;

    @Inject
    ParserPlugins plugins;

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
                directory.companies().stream()
                        .filter(Company::isActive)
                        .map(TicketViews::ref)
                        .toList(),
                directory.agents().stream()
                        .filter(Agent::isActive)
                        .map(TicketViews::ref)
                        .toList(),
                directory.boards().stream()
                        .filter(Board::isActive)
                        .map(TicketViews::ref)
                        .toList(),
                directory.categories().stream()
                        .filter(Category::isActive)
                        .map(TicketViews::ref)
                        .toList());
        AgentRef me = directory
                .agentByUsername(login)
                .filter(Agent::isActive)
                .map(TicketViews::ref)
                .orElse(null);
        Contact contact = requester(text);
        ContactRef contactRef = contact == null ? null : TicketViews.ref(contact);
        Ref contactCompany = contact == null
                        || contact.company() == null
                        || !contact.company().isActive()
                ? null
                : TicketViews.ref(contact.company());
        ParseInput input = new ParseInput(text, catalogue, me, contactRef, contactCompany, clock.instant(), zone);
        try {
            Optional<PluginReading> reading = plugins.read(text);
            if (reading.isPresent()) {
                return ReadingResolver.draft(reading.get(), input);
            }
        } catch (ParserFailed e) {
            return parser.parse(input)
                    .withWarning(new FieldError(
                            "parser",
                            "parser " + e.parser() + " failed (" + e.getMessage()
                                    + "); the built-in parser read the text"));
        }
        return parser.parse(input);
    }

    /** Two or three capitalised words in a row: how a person's name appears in a sentence. */
    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+){1,2}\\b");

    private static final int NAME_LOOKUPS = 5;

    /** The requester: named by email address, or else by full name ("for Megan Bowen"). */
    private Contact requester(String text) {
        Contact byEmail = requesterByEmail(text);
        return byEmail != null ? byEmail : requesterByName(text);
    }

    /** An active contact whose full name the text spells out; a name two contacts share names nobody. */
    private Contact requesterByName(String text) {
        Matcher m = NAME.matcher(text);
        for (int lookups = 0; lookups < NAME_LOOKUPS && m.find(); lookups++) {
            String name = m.group();
            List<Contact> same = directory.contacts(null, name, 0, 3).stream()
                    .filter(Contact::isActive)
                    .filter(c -> c.name().equalsIgnoreCase(name))
                    .toList();
            if (same.size() == 1) {
                return same.get(0);
            }
        }
        return null;
    }

    /** The first email address in the text that belongs to an active contact. */
    private Contact requesterByEmail(String text) {
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            try {
                Contact c = directory
                        .contactByEmail(Email.of(m.group()))
                        .filter(Contact::isActive)
                        .orElse(null);
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

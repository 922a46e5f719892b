package io.switchboard.domain.ticket;

import io.switchboard.domain.directory.Agent;
import io.switchboard.domain.directory.Company;
import io.switchboard.domain.directory.Contact;
import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.domain.shared.UnprocessableException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The field rules of a ticket, in one place so the API and the portal can quote the same limits. */
public final class TicketRules {

    public static final int SUMMARY_MAX = 200;
    public static final int DESCRIPTION_MAX = MessageBody.MAX_CHARS;
    public static final int TAG_MAX = 50;
    public static final int TAGS_MAX = 20;

    private TicketRules() {}

    static String requireSummary(String summary) {
        String trimmed = summary == null ? "" : summary.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("summary", "must not be blank");
        }
        if (trimmed.length() > SUMMARY_MAX) {
            throw new InvalidInputException(
                    "summary", "must be at most " + SUMMARY_MAX + " characters (it has " + trimmed.length() + ")");
        }
        return trimmed;
    }

    static String checkDescription(String description) {
        if (description != null && description.length() > DESCRIPTION_MAX) {
            throw new InvalidInputException("description", "must be at most " + DESCRIPTION_MAX + " characters");
        }
        return description == null || description.isBlank() ? null : description;
    }

    static String requireTaskTitle(String title) {
        String trimmed = title == null ? "" : title.strip();
        if (trimmed.isEmpty() || trimmed.length() > TicketTask.TITLE_MAX) {
            throw new InvalidInputException("title", "must be 1 to " + TicketTask.TITLE_MAX + " characters");
        }
        return trimmed;
    }

    static Set<String> normaliseTags(Set<String> tags) {
        Set<String> out = new TreeSet<>();
        for (String tag : tags == null ? Set.<String>of() : tags) {
            String t = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
            if (t.isEmpty() || t.length() > TAG_MAX || !t.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}._:/-]*")) {
                throw new InvalidInputException(
                        "tags",
                        "each tag is 1 to " + TAG_MAX
                                + " letters, digits or . _ : / - and starts with a letter or digit: '" + tag + "'");
            }
            out.add(t);
        }
        if (out.size() > TAGS_MAX) {
            throw new InvalidInputException("tags", "at most " + TAGS_MAX + " tags");
        }
        return out;
    }

    static Agent requireActive(Agent agent, String field) {
        if (agent != null && !agent.isActive()) {
            throw new UnprocessableException(field, "is not an active agent: " + agent.username());
        }
        return agent;
    }

    static void requireCompatible(Company company, Contact contact) {
        if (company != null && contact != null && contact.company() != null && !contact.belongsTo(company)) {
            throw new UnprocessableException(
                    "contactId",
                    contact.email() + " belongs to " + contact.company().name() + ", not to " + company.name());
        }
        if (contact != null && !contact.isActive()) {
            throw new UnprocessableException("contactId", "is not an active contact: " + contact.email());
        }
        if (company != null && !company.isActive()) {
            throw new UnprocessableException("companyId", "is not an active company: " + company.name());
        }
    }
}

package io.switchboard.application.mail;

import io.switchboard.domain.directory.Agent;
import io.switchboard.domain.directory.Company;
import io.switchboard.domain.directory.Contact;
import io.switchboard.domain.directory.Email;
import io.switchboard.domain.shared.Actor;
import io.switchboard.domain.shared.Origin;
import io.switchboard.domain.ticket.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * The people on a message: the requester found or created by address (placed in the company
 * whose mail domain it is), at most a few new contacts per message, Cc'd staff as watchers, and
 * the rule for who may write on a ticket by naming it: its requester, a watcher, or staff.
 */
@ApplicationScoped
public class MailPeople {

    @Inject
    Correspondents directory;

    @Inject
    Clock clock;

    /** How many more contacts this message may still create. */
    public static final class Budget {
        private int left;

        Budget(int left) {
            this.left = left;
        }

        boolean take() {
            if (left <= 0) {
                return false;
            }
            left--;
            return true;
        }
    }

    Budget budget(int maxNewContacts) {
        return new Budget(Math.max(1, maxNewContacts));
    }

    Optional<Agent> agent(String email) {
        return directory.agent(email);
    }

    /** The contact for the address, created when unknown (the requester always may be). */
    Contact contactFor(MailAddress address, Budget budget) {
        Optional<Contact> known = directory.contact(address.email());
        if (known.isPresent()) {
            return known.get();
        }
        budget.take();
        Company company = directory.companyForDomain(address.domain()).orElse(null);
        String name = address.displayName();
        return directory.addContact(
                new Contact(name.length() > 120 ? name.substring(0, 120) : name, new Email(address.email()), company));
    }

    /**
     * Cc'd staff and Cc'd known contacts watch the ticket; unknown Cc'd people become contacts
     * while the budget lasts, but do not follow the ticket (anyone can type an address into Cc).
     */
    void watchFromCc(Ticket ticket, ParsedMail m, Contact requester, Budget budget) {
        Actor actor = Actor.requester(requester.email().value(), Origin.EMAIL);
        for (MailAddress cc : m.cc()) {
            Optional<Agent> staff = directory.agent(cc.email());
            Optional<Contact> known = staff.isPresent() ? Optional.empty() : directory.contact(cc.email());
            if (staff.isPresent()) {
                if (staff.get().isActive() && !ticket.isWatchedBy(staff.get())) {
                    ticket.watch(staff.get(), actor, clock);
                }
            } else if (known.isPresent()) {
                ticket.watch(known.get(), actor, clock);
            } else if (budget.take()) {
                directory.addContact(new Contact(
                        cc.displayName().length() > 120 ? cc.displayName().substring(0, 120) : cc.displayName(),
                        new Email(cc.email()),
                        directory.companyForDomain(cc.domain()).orElse(null)));
            }
        }
    }

    /** Cc'd people on an answer: known ones follow the ticket from now on, no contact is created. */
    void watchFromCcOnReply(Ticket ticket, ParsedMail m, Contact requester) {
        watchFromCc(ticket, m, requester, new Budget(0));
    }

    /** The requester, or a watcher (staff or contact): the people who may write on a ticket by naming it. */
    boolean belongsTo(Ticket ticket, MailAddress from, Contact requester) {
        if (ticket.contact() != null && ticket.contact().id().equals(requester.id())) {
            return true;
        }
        if (ticket.contact() != null && ticket.contact().email().value().equalsIgnoreCase(from.email())) {
            return true;
        }
        return ticket.watchers().stream()
                        .anyMatch(w -> w.email() != null && w.email().equalsIgnoreCase(from.email()))
                || ticket.contactWatchers().stream()
                        .anyMatch(c -> c.email().value().equalsIgnoreCase(from.email()));
    }
}

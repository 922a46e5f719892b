package io.switchboard.infrastructure.mail;

import io.switchboard.application.mail.Correspondents;
import io.switchboard.application.mail.ExternalTickets;
import io.switchboard.domain.directory.Agent;
import io.switchboard.domain.directory.Company;
import io.switchboard.domain.directory.Contact;
import io.switchboard.domain.ticket.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Contacts, companies, agents and PSA-linked tickets by the keys email intake has: addresses, domains, PSA ids. */
@ApplicationScoped
public class JpaCorrespondents implements Correspondents, ExternalTickets {

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Override
    public Optional<Contact> contact(String email) {
        return em.createQuery("SELECT c FROM Contact c WHERE c.email = :e", Contact.class)
                .setParameter("e", email.toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Agent> agent(String email) {
        return em.createQuery("SELECT a FROM Agent a WHERE LOWER(a.email) = :e", Agent.class)
                .setParameter("e", email.toLowerCase(Locale.ROOT))
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Company> companyForDomain(String domain) {
        List<Company> found = em.createQuery(
                        "SELECT c FROM Company c WHERE LOWER(c.emailDomain) = :d AND c.active = TRUE", Company.class)
                .setParameter("d", domain.toLowerCase(Locale.ROOT))
                .setMaxResults(2)
                .getResultList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    @Override
    public Contact addContact(Contact contact) {
        em.persist(contact);
        em.flush();
        return contact;
    }

    @Override
    public Optional<Ticket> byExternalId(String externalId) {
        return em.createQuery(
                        "SELECT t FROM Ticket t WHERE t.external.externalId = :x AND t.deletedAt IS NULL", Ticket.class)
                .setParameter("x", externalId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}

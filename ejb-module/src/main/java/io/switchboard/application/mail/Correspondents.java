package io.switchboard.application.mail;

import io.switchboard.domain.directory.Agent;
import io.switchboard.domain.directory.Company;
import io.switchboard.domain.directory.Contact;
import java.util.Optional;

/** The people behind addresses: contacts, their companies by mail domain, and agents by their address. */
public interface Correspondents {

    Optional<Contact> contact(String email);

    Optional<Agent> agent(String email);

    /** The active company whose mail domain is {@code domain}, when exactly one is. */
    Optional<Company> companyForDomain(String domain);

    Contact addContact(Contact contact);
}

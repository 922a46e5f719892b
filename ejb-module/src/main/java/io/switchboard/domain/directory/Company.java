package io.switchboard.domain.directory;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A customer organisation (for an MSP) or a department (for an internal desk). */
@Entity
@Cacheable
@Table(name = "company")
public class Company {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "company_seq")
    @SequenceGenerator(name = "company_seq", sequenceName = "company_seq", allocationSize = 10)
    private Long id;

    @Column(nullable = false, unique = true, length = 120)
    private String name;

    /** Mail domain used to place unknown senders, e.g. {@code acme.com}. */
    @Column(name = "email_domain", length = 120)
    private String emailDomain;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Company() {}

    public Company(String name, String emailDomain) {
        this.name = name;
        this.emailDomain = emailDomain;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public void changeEmailDomain(String domain) {
        this.emailDomain = domain;
    }

    public void setActive(boolean isActive) {
        this.active = isActive;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String emailDomain() {
        return emailDomain;
    }

    public boolean isActive() {
        return active;
    }

    public long version() {
        return version;
    }
}

package io.switchboard.domain.directory;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person who asks for help: the requester of tickets. */
@Entity
@Cacheable
@Table(name = "contact")
public class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_seq")
    @SequenceGenerator(name = "contact_seq", sequenceName = "contact_seq", allocationSize = 10)
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(length = 40)
    private String phone;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "company_id")
    private Company company;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Contact() {}

    public Contact(String name, Email email, Company company) {
        this.name = name;
        this.email = email.value();
        this.company = company;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public void changePhone(String newPhone) {
        this.phone = newPhone;
    }

    public void moveTo(Company newCompany) {
        this.company = newCompany;
    }

    public void setActive(boolean isActive) {
        this.active = isActive;
    }

    public boolean belongsTo(Company other) {
        return company != null && other != null && company.id().equals(other.id());
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Email email() {
        return Email.of(email);
    }

    public String phone() {
        return phone;
    }

    public Company company() {
        return company;
    }

    public boolean isActive() {
        return active;
    }

    public long version() {
        return version;
    }
}

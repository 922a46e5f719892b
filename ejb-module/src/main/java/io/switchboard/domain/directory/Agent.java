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

/** A member of staff who works tickets; {@code username} is the login the security registry knows. */
@Entity
@Cacheable
@Table(name = "agent")
public class Agent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agent_seq")
    @SequenceGenerator(name = "agent_seq", sequenceName = "agent_seq", allocationSize = 10)
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(length = 254)
    private String email;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Agent() {}

    public Agent(String username, String displayName, Email email) {
        this.username = username;
        this.displayName = displayName;
        this.email = email == null ? null : email.value();
    }

    public void rename(String newDisplayName) {
        this.displayName = newDisplayName;
    }

    public void changeEmail(Email newEmail) {
        this.email = newEmail == null ? null : newEmail.value();
    }

    public void setActive(boolean isActive) {
        this.active = isActive;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public boolean isActive() {
        return active;
    }

    public long version() {
        return version;
    }
}

package io.switchboard.domain.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A failed sign-in, kept for the audit: the name tried (cut to 80 characters, never the password),
 * the client address, the channel and what happened. Refusals while throttled are summed into one
 * row per account and address, so a flood writes few rows.
 */
@Entity
@Table(name = "login_failure")
public class LoginFailure {

    /** What became of the attempt. */
    public enum Outcome {
        /** The password (or token) was checked and was wrong, or the account is unknown or switched off. */
        REFUSED,
        /** Not checked at all: the account or the address had failed too often; answered 429. */
        THROTTLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "login_failure_seq")
    @SequenceGenerator(name = "login_failure_seq", sequenceName = "login_failure_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, updatable = false, length = 80)
    private String username;

    @Column(nullable = false, updatable = false, length = 64)
    private String address;

    @Column(nullable = false, updatable = false, length = 10)
    private String channel;

    @Column(nullable = false, updatable = false, length = 20)
    private String outcome;

    @Column(nullable = false)
    private int attempts;

    /** Not "at": a reserved word in Derby. */
    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected LoginFailure() {}

    public LoginFailure(String username, String address, String channel, Outcome outcome, Instant at) {
        this.username = cut(username, 80);
        this.address = cut(address, 64);
        this.channel = cut(channel, 10);
        this.outcome = outcome.name();
        this.attempts = 1;
        this.failedAt = at;
    }

    /** One more throttled attempt summed into this row. */
    public void again(Instant now) {
        attempts++;
        failedAt = now;
    }

    private static String cut(String value, int length) {
        String v = value == null ? "" : value;
        return v.length() > length ? v.substring(0, length) : v;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String address() {
        return address;
    }

    public String channel() {
        return channel;
    }

    public Outcome outcome() {
        return Outcome.valueOf(outcome);
    }

    public int attempts() {
        return attempts;
    }

    public Instant at() {
        return failedAt;
    }
}

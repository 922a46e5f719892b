package io.switchboard.domain.access;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** The first response to a create with an Idempotency-Key, kept so that a retry gets the same answer. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "idempotency_seq")
    @SequenceGenerator(name = "idempotency_seq", sequenceName = "idempotency_seq", allocationSize = 20)
    private Long id;

    @Column(nullable = false, updatable = false, length = 120)
    private String principal;

    @Column(name = "idem_key", nullable = false, updatable = false, length = 200)
    private String key;

    @Column(name = "request_hash", nullable = false, updatable = false, length = 64)
    private String requestHash;

    @Column(name = "status_code", nullable = false, updatable = false)
    private int status;

    @Column(updatable = false, length = 500)
    private String location;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(updatable = false)
    private String body;

    @Column(updatable = false, length = 80)
    private String etag;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected IdempotencyRecord() {}

    public IdempotencyRecord(
            String principal,
            String key,
            String requestHash,
            int status,
            String location,
            String body,
            String etag,
            Instant createdAt) {
        this.etag = etag;
        this.principal = principal;
        this.key = key;
        this.requestHash = requestHash;
        this.status = status;
        this.location = location;
        this.body = body;
        this.createdAt = createdAt;
    }

    public String requestHash() {
        return requestHash;
    }

    public int status() {
        return status;
    }

    public String location() {
        return location;
    }

    /** The ETag header of the first answer, or null. */
    public String etag() {
        return etag;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }
}

package io.switchboard.domain.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** The same ticket in a PSA: which system, its id there, and how fresh our copy is. */
@Embeddable
public class ExternalRef {

    @Column(name = "external_provider", length = 40)
    private String provider;

    @Column(name = "external_id", length = 80)
    private String externalId;

    @Column(name = "external_synced_at")
    private Instant lastSyncedAt;

    @Column(name = "external_version", length = 80)
    private String remoteVersion;

    protected ExternalRef() {}

    public ExternalRef(String provider, String externalId, Instant lastSyncedAt, String remoteVersion) {
        this.provider = provider;
        this.externalId = externalId;
        this.lastSyncedAt = lastSyncedAt;
        this.remoteVersion = remoteVersion;
    }

    public String provider() {
        return provider;
    }

    public String externalId() {
        return externalId;
    }

    public Instant lastSyncedAt() {
        return lastSyncedAt;
    }

    public String remoteVersion() {
        return remoteVersion;
    }
}

package io.switchboard.infrastructure.plugin;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** The bytes of an installed plugin jar, keyed by their SHA-256, in a table of their own so listing plugins never reads them. */
@Entity
@Table(name = "plugin_jar")
public class PluginJar {

    @Id
    @Column(length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "stored_at", nullable = false)
    private Instant storedAt;

    protected PluginJar() {}

    PluginJar(String sha256, byte[] content, Instant storedAt) {
        this.sha256 = sha256;
        this.content = content;
        this.size = content.length;
        this.storedAt = storedAt;
    }

    byte[] content() {
        return content;
    }
}

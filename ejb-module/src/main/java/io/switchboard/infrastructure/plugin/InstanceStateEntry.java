package io.switchboard.infrastructure.plugin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One key of a plugin instance's own state; a secret value is stored sealed. */
@Entity
@IdClass(InstanceStateEntry.Key.class)
@Table(name = "plugin_instance_state")
public class InstanceStateEntry {

    /** The primary key: instance and key. */
    public record Key(long instanceId, String stateKey) implements Serializable {}

    @Id
    @Column(name = "instance_id")
    private long instanceId;

    @Id
    @Column(name = "state_key", length = 100)
    private String stateKey;

    @Lob
    @Column(name = "state_value", nullable = false)
    private String stateValue;

    @Column(nullable = false)
    private boolean secret;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected InstanceStateEntry() {}

    InstanceStateEntry(long instanceId, String stateKey) {
        this.instanceId = instanceId;
        this.stateKey = stateKey;
    }

    void set(String storedValue, boolean secret, Instant at) {
        this.stateValue = storedValue;
        this.secret = secret;
        this.updatedAt = at;
    }

    String storedValue() {
        return stateValue;
    }

    boolean secret() {
        return secret;
    }
}

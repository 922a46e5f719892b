package io.switchboard.domain.plugin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A configured use of a plugin factory, such as one webhook target. Plain settings are stored as
 * a JSON object, secret ones as ciphertexts that only the host's key opens.
 */
@Entity
@Table(name = "plugin_instance")
public class PluginInstance {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plugin_instance_seq")
    @SequenceGenerator(name = "plugin_instance_seq", sequenceName = "plugin_instance_seq", allocationSize = 10)
    private Long id;

    @Column(name = "plugin_id", nullable = false, length = 64)
    private String pluginId;

    @Column(nullable = false, length = 20)
    private String kind;

    @Column(name = "factory_id", nullable = false, length = 64)
    private String factoryId;

    @Column(nullable = false, unique = true, length = 80)
    private String name;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "event_types", length = 1000)
    private String eventTypes;

    @Column(name = "retry_max_attempts", nullable = false)
    private int retryMaxAttempts;

    @Column(name = "retry_base_seconds", nullable = false)
    private int retryBaseSeconds;

    @Column(name = "retry_max_seconds", nullable = false)
    private int retryMaxSeconds;

    @Column(name = "delivery_concurrency")
    private Integer deliveryConcurrency;

    @Column(name = "ticket_order", nullable = false)
    private boolean ticketOrder;

    @Lob
    @Column(nullable = false)
    private String config;

    @Lob
    @Column(nullable = false)
    private String secrets;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 120)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 120)
    private String updatedBy;

    protected PluginInstance() {}

    public PluginInstance(
            String pluginId,
            String kind,
            String factoryId,
            String name,
            RetrySchedule retry,
            String actor,
            Instant now) {
        this.pluginId = pluginId;
        this.kind = kind;
        this.factoryId = factoryId;
        this.name = name;
        this.createdAt = now;
        this.createdBy = actor;
        this.config = "{}";
        this.secrets = "{}";
        reschedule(retry);
        touch(actor, now);
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public void configure(String configJson, String secretsJson) {
        this.config = configJson;
        this.secrets = secretsJson;
    }

    public void subscribe(Set<String> types) {
        this.eventTypes = types == null || types.isEmpty() ? null : String.join(",", types);
    }

    public void reschedule(RetrySchedule retry) {
        this.retryMaxAttempts = retry.maxAttempts();
        this.retryBaseSeconds = retry.baseSeconds();
        this.retryMaxSeconds = retry.maxSeconds();
    }

    public void deliverBy(DeliveryPolicy policy) {
        this.deliveryConcurrency = policy.concurrency();
        this.ticketOrder = policy.ticketOrder();
    }

    public DeliveryPolicy delivery() {
        return new DeliveryPolicy(deliveryConcurrency, ticketOrder);
    }

    public void switchOn(boolean on) {
        this.enabled = on;
    }

    public void touch(String actor, Instant now) {
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    /** Whether this instance receives events of the type; no subscription list means every type. */
    public boolean wants(String eventType) {
        return eventTypes == null || eventTypes.isBlank() || eventTypes().contains(eventType);
    }

    public Set<String> eventTypes() {
        return eventTypes == null || eventTypes.isBlank()
                ? Set.of()
                : new LinkedHashSet<>(Arrays.asList(eventTypes.split(",")));
    }

    public RetrySchedule retry() {
        return new RetrySchedule(retryMaxAttempts, retryBaseSeconds, retryMaxSeconds);
    }

    public Long id() {
        return id;
    }

    public String pluginId() {
        return pluginId;
    }

    public String kind() {
        return kind;
    }

    public String factoryId() {
        return factoryId;
    }

    public String name() {
        return name;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String config() {
        return config;
    }

    public String secrets() {
        return secrets;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}

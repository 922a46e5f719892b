package io.switchboard.application.view;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the plugins API and admin page show. Secret values never appear in any of these. */
public final class PluginViews {

    private PluginViews() {}

    /** A plugin jar and how the host runs it. */
    public record PluginView(
            String id,
            String version,
            String apiVersion,
            String sha256,
            String file,
            String state,
            String reason,
            Instant loadedAt,
            List<FactoryView> factories,
            long instances,
            List<ErrorView> lastErrors) {}

    /** A factory of a plugin and the form its instances are configured with. */
    public record FactoryView(
            String kind, String id, String name, String description, String channel, List<PropertyView> properties) {}

    public record PropertyView(
            String name,
            String label,
            String help,
            String type,
            boolean required,
            String defaultValue,
            boolean secret,
            List<String> options) {}

    public record ErrorView(Instant at, Long instanceId, String message) {}

    /** The result of an upload: what is installed now, and what it replaced. */
    public record InstallView(
            String id,
            String version,
            String apiVersion,
            String sha256,
            String state,
            String reason,
            boolean upgraded,
            String previousVersion) {}

    /** A configured instance: plain settings shown, secret ones only named in {@code secretsSet}. */
    public record InstanceView(
            long id,
            String plugin,
            String kind,
            String factory,
            String name,
            boolean enabled,
            String state,
            String stateReason,
            Set<String> events,
            RetryView retry,
            DeliveryPolicyView delivery,
            Map<String, String> config,
            Set<String> secretsSet,
            long version,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            HealthView health) {}

    /**
     * How an instance is doing: its circuit breaker ({@code closed}, {@code open}, {@code
     * half-open}), the deliveries waiting for it and since when the oldest has waited, and its
     * last failed attempts, newest first.
     */
    public record HealthView(
            String circuit, long pendingDeliveries, Instant oldestPendingSince, List<AttemptView> lastErrors) {}

    /** A delivery attempt that did not deliver: RETRY, REJECTED or DEAD, with its detail. */
    public record AttemptView(Instant at, String outcome, String detail) {}

    public record RetryView(int maxAttempts, int baseSeconds, int maxSeconds) {}

    /** {@code concurrency} null: the server's default. */
    public record DeliveryPolicyView(Integer concurrency, boolean ticketOrder) {}

    public record AuditView(
            long id,
            Instant at,
            String actor,
            String action,
            String plugin,
            Long instanceId,
            String detail,
            String sha256) {}

    public record ConnectionView(String outcome, String message) {}

    /** Whether old plugin versions are really let go: JVM class and heap figures with the host's own count. */
    public record DiagnosticsView(
            long loadedClasses,
            long unloadedClasses,
            long heapUsedBytes,
            int activePlugins,
            int retiredLoaders,
            int retainedLoaders,
            int abandonedCalls) {}
}

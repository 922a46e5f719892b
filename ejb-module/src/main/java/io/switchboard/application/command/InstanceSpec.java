package io.switchboard.application.command;

import io.switchboard.domain.plugin.DeliveryPolicy;
import io.switchboard.domain.plugin.RetrySchedule;
import io.switchboard.domain.shared.Patch;
import java.util.Map;
import java.util.Set;

/**
 * A new or changed plugin instance. In {@code config}, a key with a value sets it, a key with
 * null clears it, a missing key keeps what is stored (so secrets need not be typed again).
 */
public record InstanceSpec(
        Patch<String> name,
        Patch<Boolean> enabled,
        Patch<Set<String>> events,
        Patch<RetrySchedule> retry,
        Patch<DeliveryPolicy> delivery,
        Map<String, String> config) {

    /** A spec that leaves the delivery policy as it is. */
    public InstanceSpec(
            Patch<String> name,
            Patch<Boolean> enabled,
            Patch<Set<String>> events,
            Patch<RetrySchedule> retry,
            Map<String, String> config) {
        this(name, enabled, events, retry, Patch.unchanged(), config);
    }

    public InstanceSpec {
        config = config == null
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(config));
    }
}

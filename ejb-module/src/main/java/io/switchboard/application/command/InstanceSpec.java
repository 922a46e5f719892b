package io.switchboard.application.command;

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
        Map<String, String> config) {

    public InstanceSpec {
        config = config == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(config));
    }
}

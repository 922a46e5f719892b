package io.switchboard.infrastructure.plugin;

/**
 * A call into a plugin did not produce an answer: it threw, timed out, was refused by the
 * breaker or bulkhead, or the plugin is not available. The message is safe to show an admin.
 */
public class PluginCallFailed extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Kind { THREW, TIMED_OUT, CIRCUIT_OPEN, BUSY, UNAVAILABLE, INCOMPATIBLE }

    private final Kind kind;

    public PluginCallFailed(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}

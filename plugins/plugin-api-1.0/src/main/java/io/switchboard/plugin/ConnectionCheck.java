package io.switchboard.plugin;

/** The answer of {@link PluginFactory#testConnection}: whether it worked, and what an admin should know. */
public record ConnectionCheck(Outcome outcome, String message) {

    public enum Outcome { OK, FAILED, UNSUPPORTED }

    public static ConnectionCheck ok(String message) {
        return new ConnectionCheck(Outcome.OK, message);
    }

    public static ConnectionCheck failed(String message) {
        return new ConnectionCheck(Outcome.FAILED, message);
    }

    public static ConnectionCheck unsupported() {
        return new ConnectionCheck(Outcome.UNSUPPORTED, "This plugin cannot test its connection.");
    }
}

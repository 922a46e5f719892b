package io.switchboard.application.plugin;

/** A call into plugin code did not answer: it timed out, threw, was refused by its circuit, or the plugin is gone. */
public class PluginUnreachable extends Exception {

    public PluginUnreachable(String message, Throwable cause) {
        super(message, cause);
    }
}

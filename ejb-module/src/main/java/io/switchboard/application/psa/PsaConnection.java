package io.switchboard.application.psa;

/** A PSA connection as the engine sees it: a plugin instance of kind psa. {@code provider} is its plugin id. */
public record PsaConnection(long id, String name, String provider, String factoryId, boolean enabled) {}

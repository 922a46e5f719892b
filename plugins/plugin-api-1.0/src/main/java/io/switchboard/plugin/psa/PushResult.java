package io.switchboard.plugin.psa;

/** The remote ticket after a push: its id (new when the push created it) and version. */
public record PushResult(String externalId, String remoteVersion) {}

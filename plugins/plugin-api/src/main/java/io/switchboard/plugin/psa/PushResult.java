package io.switchboard.plugin.psa;

/** The remote ticket after a push: its id (new when the push created it) and version.  @deprecated since 1.1: superseded by the typed records of this package. */
@Deprecated(since = "1.1")
public record PushResult(String externalId, String remoteVersion) {}

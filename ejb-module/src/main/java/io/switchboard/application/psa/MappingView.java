package io.switchboard.application.psa;

/** One mapping: kind (status, priority, member, company), scope (the remote board for statuses), remote and local values. */
public record MappingView(String kind, String scope, String remoteId, String remoteName, String localValue) {}

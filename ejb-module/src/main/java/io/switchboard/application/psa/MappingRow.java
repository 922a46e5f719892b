package io.switchboard.application.psa;

/**
 * One remote value in a mapping editor and what the sync does with it: an admin's mapping, a
 * local value of the same name, the fallback for a closing status, or nothing (unmapped: the
 * field is left as it is, or a priority becomes medium). {@code localLabel} names the local value.
 */
public record MappingRow(
        String kind,
        String scope,
        String remoteId,
        String remoteName,
        String localValue,
        String localLabel,
        Source source) {

    public enum Source {
        MAPPED,
        BY_NAME,
        FALLBACK,
        UNMAPPED
    }

    public boolean unmapped() {
        return source == Source.UNMAPPED;
    }
}

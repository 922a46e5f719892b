package io.switchboard.plugin.psa;

import java.time.Instant;

/** Where a pull resumes: the last-updated watermark and, inside one run, the provider's page token.  @deprecated since 1.1: superseded by the typed records of this package. */
@Deprecated(since = "1.1")
public record PsaCursor(Instant updatedSince, String pageToken) {

    public static PsaCursor from(Instant updatedSince) {
        return new PsaCursor(updatedSince, null);
    }
}

package io.switchboard.plugin.psa;

import java.time.Instant;

/** Where a pull resumes: the last-updated watermark and, inside one run, the provider's page token. */
public record PsaCursor(Instant updatedSince, String pageToken) {

    public static PsaCursor from(Instant updatedSince) {
        return new PsaCursor(updatedSince, null);
    }
}

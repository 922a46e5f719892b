package io.switchboard.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.application.view.TokenPrincipal;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CredentialCacheTest {

    private final AtomicLong nanos = new AtomicLong();
    private final CredentialCache cache = new CredentialCache(nanos::get);

    @Test
    void aPasswordIsRememberedForItsMinuteOnly() {
        cache.rememberPassword("dana:secret", "dana");
        nanos.addAndGet(CredentialCache.TTL.minusSeconds(1).toNanos());
        assertEquals(Optional.of("dana"), cache.passwordOwner("dana:secret"));

        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertTrue(cache.passwordOwner("dana:secret").isEmpty(), "expired after the TTL");
    }

    @Test
    void aWrongPasswordIsNeverTakenForTheRememberedOne() {
        cache.rememberPassword("dana:secret", "dana");
        assertTrue(cache.passwordOwner("dana:Secret").isEmpty());
        assertTrue(cache.token("dana:secret").isEmpty(), "a password is not a token secret");
    }

    @Test
    void forgetAllDropsTokensAtOnce() {
        TokenPrincipal principal = new TokenPrincipal(7, "dana", Set.of("tickets:read"), null);
        cache.rememberToken("sb_abc", principal);
        assertEquals(Optional.of(principal), cache.token("sb_abc"));

        cache.forgetAll();
        assertTrue(cache.token("sb_abc").isEmpty());
    }
}

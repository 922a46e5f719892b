package io.switchboard.interfaces.rest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallerLimitsTest {

    private static final CallerLimits.Limit DEFAULTS = new CallerLimits.Limit(200, 400);

    @Test
    void namedLoginsGetTheirOwnLimitAndEveryoneElseTheDefault() {
        CallerLimits limits = CallerLimits.parse(Optional.of(" nightly-sync = 50/100 ; flood=5/10;"));
        assertEquals(new CallerLimits.Limit(50, 100), limits.of("nightly-sync", DEFAULTS));
        assertEquals(new CallerLimits.Limit(5, 10), limits.of("flood", DEFAULTS));
        assertEquals(DEFAULTS, limits.of("agent", DEFAULTS));
        assertTrue(CallerLimits.parse(Optional.empty()).byLogin().isEmpty());
    }

    @Test
    void aMalformedEntryIsRefusedByName() {
        for (String bad :
                new String[] {"flood", "flood=5", "flood=x/10", "=5/10", "flood=0/10", "flood=5/0.5", "flood=-1/3"}) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> CallerLimits.parse(Optional.of(bad)), bad);
            assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
        }
    }
}

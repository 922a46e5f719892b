package io.switchboard.infrastructure.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InFlightTest {

    @Test
    void aRetiredVersionClosesOnlyAfterItsLastCallReturnsAndOnlyOnce() {
        AtomicInteger closed = new AtomicInteger();
        InFlight inFlight = new InFlight(closed::incrementAndGet);
        assertTrue(inFlight.enter());
        assertTrue(inFlight.enter());
        inFlight.retire();
        assertFalse(inFlight.enter(), "no new calls once retired");
        inFlight.exit();
        assertEquals(0, closed.get(), "one call still running");
        inFlight.exit();
        assertEquals(1, closed.get());
        inFlight.retire();
        assertEquals(1, closed.get());
    }

    @Test
    void anIdleVersionClosesAtOnce() {
        AtomicInteger closed = new AtomicInteger();
        InFlight inFlight = new InFlight(closed::incrementAndGet);
        inFlight.retire();
        assertEquals(1, closed.get());
        assertTrue(inFlight.isClosed());
    }
}

package io.switchboard.infrastructure.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BulkheadTest {

    @Test
    void hungCallsHoldOnlyTheirOwnSlotsAndAreLeftBehindWhenAbandoned() throws Exception {
        CountDownLatch hang = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(2);
        Bulkhead hung = new Bulkhead(2, Executors.defaultThreadFactory());
        for (int i = 0; i < 2; i++) {
            assertTrue(hung.tryEnter());
            hung.submit(() -> {
                started.countDown();
                while (true) {
                    try {
                        hang.await(); // ignores interrupts, like the worst plugin
                        hung.leave();
                        return null;
                    } catch (InterruptedException e) {
                        // deliberately ignored
                    }
                }
            });
        }
        assertTrue(started.await(10, TimeUnit.SECONDS));
        assertFalse(hung.tryEnter(), "both slots are held by hung calls");
        assertEquals(2, hung.running());

        Bulkhead other = new Bulkhead(2, Executors.defaultThreadFactory());
        assertTrue(other.tryEnter(), "another instance's bulkhead is not affected");
        assertEquals("done", other.submit(() -> "done").get(10, TimeUnit.SECONDS));
        other.leave();

        hung.abandon();
        assertTrue(hung.isAbandoned());
        assertFalse(hung.tryEnter(), "an abandoned bulkhead takes no new calls");
        assertFalse(hung.isDrained(), "its hung threads are still running");
        hang.countDown();
        hung.awaitDrained();
        assertTrue(hung.isDrained());
        assertEquals(0, hung.running());
    }
}

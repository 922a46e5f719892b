package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RateLimitIT {

    @Test
    void aCallerOverTheLimitGets429WithRetryAfterAndOthersAreUnaffected() throws Exception {
        Api.Reply token = Api.as("supervisor").post("/api/v1/me/tokens", Api.json("name", "flood"));
        Api flooder = Api.withToken(token.json().getString("token"));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        AtomicReference<Api.Reply> limited = new AtomicReference<>();
        long end = System.nanoTime() + 20_000_000_000L;
        List<Future<?>> floods = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            floods.add(pool.submit(() -> {
                while (limited.get() == null && System.nanoTime() < end) {
                    Api.Reply r = flooder.get("/api/v1/me");
                    if (r.status() == 429) {
                        limited.compareAndSet(null, r);
                    }
                }
            }));
        }
        for (Future<?> f : floods) {
            f.get();
        }
        pool.shutdown();
        assertNotNull(limited.get(), "16 callers as fast as they can must exceed 200 a second with a burst of 400");
        Api.Reply limitedReply = limited.get();
        assertTrue(limitedReply.isProblem());
        assertTrue(Integer.parseInt(limitedReply.header("retry-after")) >= 1);
        assertEquals(200, Api.as("agent").get("/api/v1/me").status(), "another caller is not throttled");
        Thread.sleep(2500); // let the bucket refill for tests that follow
        assertEquals(200, flooder.get("/api/v1/me").status());
    }
}

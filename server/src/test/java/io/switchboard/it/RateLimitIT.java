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

/**
 * The per-caller API limit, on the login "flood" that the IT server holds to 5 calls a second with a
 * burst of 10 ({@code switchboard.api.rate-limits}): any machine exceeds that, and no other test's
 * login shares its bucket. The bucket's arithmetic has its own unit test (TokenBucketTest).
 */
class RateLimitIT {

    @Test
    void aCallerOverTheLimitGets429WithRetryAfterAndOthersAreUnaffected() throws Exception {
        Api.Reply token = Api.as("flood").post("/api/v1/me/tokens", Api.json("name", "flood"));
        assertEquals(201, token.status(), token.toString());
        Api flooder = Api.withToken(token.json().getString("token"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicReference<Api.Reply> limited = new AtomicReference<>();
        long end = System.nanoTime() + 20_000_000_000L;
        List<Future<?>> floods = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            floods.add(pool.submit(() -> {
                while (limited.get() == null && System.nanoTime() < end) {
                    Api.Reply r = flooder.get("/api/v1/tickets?pageSize=1");
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
        assertNotNull(limited.get(), "4 callers as fast as they can must exceed 5 a second with a burst of 10");
        Api.Reply limitedReply = limited.get();
        assertTrue(limitedReply.isProblem(), limitedReply.toString());
        assertTrue(limitedReply.text().contains("at most 5 a second"), limitedReply.toString());
        assertTrue(Integer.parseInt(limitedReply.header("retry-after")) >= 1);
        assertEquals(
                200, Api.as("agent").get("/api/v1/tickets?pageSize=1").status(), "another caller is not throttled");
        // the bucket refills at 5 a second: the same caller is served again within a few seconds
        long until = System.nanoTime() + 10_000_000_000L;
        int status;
        do {
            status = flooder.get("/api/v1/tickets?pageSize=1").status();
        } while (status == 429 && System.nanoTime() < until && pause());
        assertEquals(200, status, "served again once the bucket refilled");
    }

    private static boolean pause() throws InterruptedException {
        Thread.sleep(200);
        return true;
    }
}

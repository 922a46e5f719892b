package io.switchboard.infrastructure.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A plugin's mistakes with its state are its own IllegalArgumentException; it only ever reaches its own instance. */
class HostInstanceStateTest {

    /** The store's rules without a database: keyed by instance, at most MAX_KEYS keys each. */
    private static final class StoreInMemory extends InstanceStateStore {
        final Map<String, String> rows = new HashMap<>();

        @Override
        public Optional<String> get(long instanceId, String key) {
            return Optional.ofNullable(rows.get(instanceId + "/" + key));
        }

        @Override
        public boolean put(long instanceId, String key, String value, boolean secret) {
            String id = instanceId + "/" + key;
            long keys = rows.keySet().stream()
                    .filter(k -> k.startsWith(instanceId + "/"))
                    .count();
            if (!rows.containsKey(id) && keys >= MAX_KEYS) {
                return false;
            }
            rows.put(id, value);
            return true;
        }

        @Override
        public void remove(long instanceId, String key) {
            rows.remove(instanceId + "/" + key);
        }
    }

    private final StoreInMemory store = new StoreInMemory();

    @Test
    void eachObjectReadsAndWritesOnlyItsOwnInstance() {
        HostInstanceState seven = new HostInstanceState(7, store);
        HostInstanceState eight = new HostInstanceState(8, store);
        seven.put("token", "for-seven", true);
        assertEquals(Optional.of("for-seven"), seven.get("token"));
        assertEquals(Optional.empty(), eight.get("token"));
        seven.remove("token");
        assertTrue(store.rows.isEmpty());
    }

    @Test
    void badKeysAndValuesAreRefusedWithTheReason() {
        HostInstanceState state = new HostInstanceState(7, store);
        assertThrows(IllegalArgumentException.class, () -> state.put(" ", "x", false));
        assertThrows(IllegalArgumentException.class, () -> state.get("k".repeat(101)));
        assertThrows(IllegalArgumentException.class, () -> state.put("k", null, false));
        IllegalArgumentException tooLong =
                assertThrows(IllegalArgumentException.class, () -> state.put("k", "v".repeat(8_001), false));
        assertTrue(tooLong.getMessage().contains("8000"), tooLong.getMessage());
        state.put("k", "v".repeat(8_000), false);
    }

    @Test
    void anInstanceCannotKeepMoreThanTheMostKeys() {
        HostInstanceState state = new HostInstanceState(7, store);
        for (int i = 0; i < InstanceStateStore.MAX_KEYS; i++) {
            state.put("k" + i, "v", false);
        }
        state.put("k0", "replacing an existing key is fine", false);
        IllegalStateException full = assertThrows(IllegalStateException.class, () -> state.put("one-more", "v", false));
        assertTrue(full.getMessage().contains("remove some"), full.getMessage());
    }

    @Test
    void aDraftKeepsItsStateForItselfAndNeverTouchesTheStore() {
        HostInstanceState draft = HostInstanceState.forDraft();
        draft.put("probe", "value", true);
        assertEquals(Optional.of("value"), draft.get("probe"));
        assertFalse(draft.toString().contains("value"));
        assertTrue(store.rows.isEmpty());
    }
}

package io.switchboard.plugins.autotask;

import io.switchboard.emulator.autotask.AutotaskEmulator;
import io.switchboard.plugin.PluginConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** One Autotask emulator with demo data for all tests of this module. */
final class Emulated {

    static final AutotaskEmulator AT = start();

    private Emulated() {}

    private static AutotaskEmulator start() {
        try {
            AutotaskEmulator e = AutotaskEmulator.withDemoData(60, 2);
            e.start(0);
            return e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PluginConfig config() {
        return config(Map.of());
    }

    static PluginConfig config(Map<String, String> overrides) {
        Map<String, String> c = new HashMap<>(Map.of(
                "userName", AutotaskEmulator.USER,
                "apiSecret", AutotaskEmulator.SECRET,
                "integrationCode", AutotaskEmulator.INTEGRATION_CODE,
                "zoneLookup", AT.zoneLookupUrl(),
                "defaultCompanyId", "174"));
        c.putAll(overrides);
        return PluginConfig.of(c);
    }

    /** The queue (board) with this label. */
    static String queue(String label) {
        return AT.store().picklistValue("Tickets", "queueID", label);
    }
}

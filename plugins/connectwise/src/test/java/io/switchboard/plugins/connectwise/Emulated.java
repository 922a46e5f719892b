package io.switchboard.plugins.connectwise;

import io.switchboard.emulator.connectwise.ConnectWiseEmulator;
import io.switchboard.plugin.PluginConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** One ConnectWise emulator with demo data for all tests of this module. */
final class Emulated {

    static final ConnectWiseEmulator CW = start();

    private Emulated() {}

    private static ConnectWiseEmulator start() {
        try {
            ConnectWiseEmulator e = ConnectWiseEmulator.withDemoData(60, 2);
            e.start(0);
            return e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PluginConfig config() {
        return PluginConfig.of(Map.of(
                "site", CW.url(),
                "company", ConnectWiseEmulator.COMPANY,
                "publicKey", ConnectWiseEmulator.PUBLIC_KEY,
                "privateKey", ConnectWiseEmulator.PRIVATE_KEY,
                "clientId", "5d5a0f53-0000-4000-8000-000000000001"));
    }

    static String board(String name) {
        return CW.store().board(name).get("id").toString();
    }

    static String company(String identifier) {
        return CW.store().companies().stream()
                .filter(c -> identifier.equals(c.get("identifier")))
                .findFirst()
                .orElseThrow()
                .get("id")
                .toString();
    }
}

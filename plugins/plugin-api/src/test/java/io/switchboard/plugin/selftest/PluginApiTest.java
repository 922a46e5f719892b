package io.switchboard.plugin.selftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.plugin.ConfigProperty;
import io.switchboard.plugin.ConfigType;
import io.switchboard.plugin.PluginApi;
import io.switchboard.plugin.PluginConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PluginApiTest {

    @Test
    void acceptsTheSameAndOlderMinorOfTheSameMajor() {
        assertNull(PluginApi.incompatibility(PluginApi.VERSION));
        assertNull(PluginApi.incompatibility(PluginApi.MAJOR + ".0"));
        assertNull(PluginApi.incompatibility(Integer.toString(PluginApi.MAJOR)));
    }

    @Test
    void refusesAnotherMajorWithAReason() {
        String reason = PluginApi.incompatibility((PluginApi.MAJOR + 1) + ".0");
        assertTrue(reason.contains("refuses another major"), reason);
        assertTrue(PluginApi.incompatibility("0.9").contains("another major"));
    }

    @Test
    void refusesANewerMinorAndMissingOrMalformedVersions() {
        assertTrue(PluginApi.incompatibility(PluginApi.MAJOR + "." + (PluginApi.MINOR + 1))
                .contains("newer"));
        assertTrue(PluginApi.incompatibility(null).contains("no Plugin-Api-Version"));
        assertTrue(PluginApi.incompatibility("one.two").contains("not a version"));
    }

    @Test
    void secretsCannotHaveDefaultsAndChoicesNeedOptions() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new ConfigProperty("key", null, null, ConfigType.STRING, true, "x", true, null));
        assertThrows(
                IllegalArgumentException.class,
                () -> new ConfigProperty("mode", null, null, ConfigType.CHOICE, true, null, false, List.of()));
        assertThrows(IllegalArgumentException.class, () -> ConfigProperty.string("bad name", null, null, false, null));
    }

    @Test
    void configReadsTypedValuesAndHidesThemInToString() {
        PluginConfig c = PluginConfig.of(Map.of(
                "port", "2525", "tls", "true", "hosts", "a.example, b.example\nc.example", "password", "hunter2"));
        assertEquals(2525, c.integer("port", 25));
        assertTrue(c.bool("tls", false));
        assertEquals(List.of("a.example", "b.example", "c.example"), c.list("hosts"));
        assertEquals(25, c.integer("missing", 25));
        assertFalse(c.toString().contains("hunter2"));
    }
}

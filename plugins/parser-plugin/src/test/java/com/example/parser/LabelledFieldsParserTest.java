package com.example.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.switchboard.plugin.PluginConfig;
import io.switchboard.plugin.parse.ParsedTicket;
import io.switchboard.plugin.parse.TicketParser;
import io.switchboard.plugin.testing.TestPluginContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelledFieldsParserTest {

    private static TicketParser parser(String mode) {
        PluginConfig config = PluginConfig.of(Map.of("mode", mode));
        return new LabelledFieldsParserFactory().create(TestPluginContext.of(config), config);
    }

    @Test
    void labelsBecomeFieldsAndTheRestTheSummary() throws Exception {
        ParsedTicket t = parser("parse").parse("Printer jammed on 3; company: Acme Corp\npriority: HIGH");
        assertEquals(Map.of("summary", "Printer jammed on 3", "company", "Acme Corp", "priority", "HIGH"), t.fields());
        assertEquals(List.of(), t.missingFields());
    }

    @Test
    void unlabelledTextNextToASummaryIsReportedNotLost() throws Exception {
        ParsedTicket t = parser("parse").parse("summary: VPN down; since this morning");
        assertEquals("VPN down", t.fields().get("summary"));
        assertEquals(List.of("ignored unlabelled text \"since this morning\""), t.warnings());
        assertEquals(List.of("company", "priority"), t.missingFields());
    }

    @Test
    void failModeThrows() {
        assertThrows(IllegalStateException.class, () -> parser("fail").parse("anything"));
    }
}

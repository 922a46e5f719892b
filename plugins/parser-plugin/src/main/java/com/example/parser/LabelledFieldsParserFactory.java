package com.example.parser;

import io.switchboard.plugin.ConfigProblem;
import io.switchboard.plugin.ConfigProperty;
import io.switchboard.plugin.ConnectionCheck;
import io.switchboard.plugin.PluginConfig;
import io.switchboard.plugin.PluginContext;
import io.switchboard.plugin.parse.TicketParser;
import io.switchboard.plugin.parse.TicketParserFactory;
import java.util.List;

/** Reads labelled text ("summary: printer jammed; priority: high; company: Acme") into a draft. */
public class LabelledFieldsParserFactory implements TicketParserFactory {

    static final List<String> MODES = List.of("parse", "fail", "hang");

    @Override
    public String id() {
        return "labelled-fields";
    }

    @Override
    public String displayName() {
        return "Labelled fields (example)";
    }

    @Override
    public String description() {
        return "Reads 'field: value' pairs separated by semicolons or lines; text without labels becomes the summary."
                + " An example of a parser plugin; its mode setting injects faults for testing.";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return List.of(ConfigProperty.choice(
                "mode",
                "Mode",
                "parse reads the text; fail throws; hang waits until the host gives up on the call",
                "parse",
                MODES));
    }

    @Override
    public List<ConfigProblem> validate(PluginConfig config) {
        return List.of();
    }

    @Override
    public TicketParser create(PluginContext context, PluginConfig config) {
        return new LabelledFieldsParser(config.string("mode", "parse"));
    }

    @Override
    public ConnectionCheck testConnection(PluginContext context, PluginConfig config) {
        return ConnectionCheck.ok("reads labelled fields in mode " + config.string("mode", "parse"));
    }
}

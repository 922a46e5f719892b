package io.switchboard.application.parse;

import java.util.List;
import java.util.Map;

/**
 * A parser plugin's reading of a sentence, in the core's terms: field names as the API's draft
 * spells them ({@code summary}, {@code priority}, {@code company}, ...) with the plugin's text
 * for each, still to be matched against the catalogue. {@code parser} names the instance.
 */
public record PluginReading(String parser, Map<String, String> fields, List<String> warnings) {

    public PluginReading {
        fields = Map.copyOf(fields);
        warnings = List.copyOf(warnings);
    }
}

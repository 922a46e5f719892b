package io.switchboard.plugin.parse;

import java.util.List;
import java.util.Map;

/** A draft from free text: the fields found, the ones still missing, and warnings for the user. */
public record ParsedTicket(Map<String, String> fields, List<String> missingFields, List<String> warnings) {

    public ParsedTicket {
        fields = Map.copyOf(fields);
        missingFields = List.copyOf(missingFields);
        warnings = List.copyOf(warnings);
    }
}

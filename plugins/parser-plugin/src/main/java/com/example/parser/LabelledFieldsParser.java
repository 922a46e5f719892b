package com.example.parser;

import io.switchboard.plugin.parse.ParsedTicket;
import io.switchboard.plugin.parse.TicketParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** {@link LabelledFieldsParserFactory}'s parser: labels are the draft's field names, matched by the host. */
final class LabelledFieldsParser implements TicketParser {

    private final String mode;

    LabelledFieldsParser(String mode) {
        this.mode = mode;
    }

    @Override
    public ParsedTicket parse(String text) throws Exception {
        if (mode.equals("fail")) {
            throw new IllegalStateException("labelled-fields parser is set to fail");
        }
        if (mode.equals("hang")) {
            new CountDownLatch(1).await(); // the host's timeout abandons the call
        }
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        StringBuilder unlabelled = new StringBuilder();
        for (String part : text.split("[;\\n]")) {
            int colon = part.indexOf(':');
            String label = colon < 0 ? "" : part.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            if (colon > 0 && label.matches("[a-z]+")) {
                fields.put(label, part.substring(colon + 1).strip());
            } else if (!part.isBlank()) {
                unlabelled.append(unlabelled.isEmpty() ? "" : " ").append(part.strip());
            }
        }
        if (!fields.containsKey("summary") && !unlabelled.isEmpty()) {
            fields.put("summary", unlabelled.toString());
        } else if (!unlabelled.isEmpty()) {
            warnings.add("ignored unlabelled text \"" + unlabelled + "\"");
        }
        List<String> missing = List.of("summary", "company", "priority").stream()
                .filter(f -> !fields.containsKey(f))
                .toList();
        return new ParsedTicket(fields, missing, warnings);
    }
}

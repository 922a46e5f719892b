package io.switchboard.interfaces.rest;

import io.switchboard.application.TicketQueries;
import io.switchboard.application.view.TicketListItem;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Tickets as CSV for a spreadsheet, the same for the portal's export and the API's {@code Accept:
 * text/csv}: the rows of the given ids in their order, read and written in batches, each batch
 * flushed before the next is read.
 */
public final class TicketCsv {

    public static final String MEDIA_TYPE = "text/csv";
    /** Served only when asked for: a client that accepts anything (or sends no Accept) gets JSON. */
    public static final String PRODUCES = "text/csv;qs=0.5";

    static final int BATCH = 500;
    /** A ceiling, not a target: an export is for a spreadsheet, and no spreadsheet wants more. */
    public static final int MAX_ROWS = 1_000_000;

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    static final String HEADER =
            "number,summary,status,priority,type,company,assignee,board,category,created,updated,due,deadline,overdue";

    private TicketCsv() {}

    /** A download named after the minute it was made: tickets-202612021405.csv. */
    public static String disposition() {
        return "attachment; filename=\"tickets-"
                + TIME.format(Instant.now()).replaceAll("[^0-9]", "").substring(0, 12) + ".csv\"";
    }

    public static void write(TicketQueries queries, List<Long> ids, OutputStream stream) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
        out.write('\ufeff'); // spreadsheets read UTF-8 only with a byte order mark
        out.write(HEADER + "\r\n");
        for (int from = 0; from < ids.size(); from += BATCH) {
            for (TicketListItem t : queries.items(ids.subList(from, Math.min(ids.size(), from + BATCH)))) {
                out.write(row(t));
            }
            out.flush();
        }
        out.flush();
    }

    public static String row(TicketListItem t) {
        return String.join(
                        ",",
                        cell(t.number()),
                        cell(t.summary()),
                        cell(t.status().name()),
                        cell(t.priority().key()),
                        cell(t.type().key()),
                        cell(t.company() == null ? "" : t.company().name()),
                        cell(t.assignee() == null ? "" : t.assignee().name()),
                        cell(t.board() == null ? "" : t.board().name()),
                        cell(t.category() == null ? "" : t.category().name()),
                        cell(time(t.createdAt())),
                        cell(time(t.updatedAt())),
                        cell(time(t.dueAt())),
                        cell(time(t.deadlineAt())),
                        t.overdue() ? "yes" : "no")
                + "\r\n";
    }

    private static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    /**
     * RFC 4180 quoting, and a leading apostrophe on text a spreadsheet would run as a formula
     * (=, +, -, @): ticket summaries come from outside.
     */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || !v.equals(value)) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}

package io.switchboard.interfaces.web;

import io.switchboard.domain.view.SavedView;
import java.util.Arrays;
import java.util.List;

/** The ticket list's columns: the usual set, and a chosen set read from a URL or a view. */
final class ListColumns {

    static final List<String> USUAL =
            List.of("number", "summary", "company", "status", "priority", "assignee", "age", "due");

    private ListColumns() {}

    /** The known column names in {@code csv}, in the list's order; unknown ones are left out. */
    static List<String> parse(String csv) {
        List<String> asked = Arrays.stream(csv.split(",")).map(String::strip).toList();
        return SavedView.COLUMNS.stream().filter(asked::contains).toList();
    }
}

package io.switchboard.interfaces.web.admin;

import io.switchboard.application.psa.MappingRow;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * Which of a mapping editor's rows are on screen: a PSA lists thousands of companies or members,
 * and a page of them, found by name and optionally only the unmapped ones, keeps the editor usable.
 * The rows off screen keep their mappings: a save sends them as they were.
 */
public class MappingPager implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 50;

    private String query = "";
    private boolean unmappedOnly;
    private int page;

    /** The rows that match, before paging. */
    public List<MappingRow> matching(List<MappingRow> rows) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        return rows.stream()
                .filter(r -> !unmappedOnly || r.unmapped())
                .filter(r -> q.isEmpty()
                        || r.remoteName().toLowerCase(Locale.ROOT).contains(q)
                        || r.remoteId().toLowerCase(Locale.ROOT).equals(q))
                .toList();
    }

    /** This page of the matching rows (the last one when the filter left fewer pages). */
    public List<MappingRow> shown(List<MappingRow> rows) {
        List<MappingRow> all = matching(rows);
        page = Math.max(0, Math.min(page, pages(all.size()) - 1));
        return all.subList(page * PAGE_SIZE, Math.min(all.size(), (page + 1) * PAGE_SIZE));
    }

    /** "Showing 51–100 of 1,234" (and "of" all rows when the filter found fewer), or that nothing matches. */
    public String showing(List<MappingRow> rows) {
        List<MappingRow> found = matching(rows);
        if (found.isEmpty()) {
            return rows.isEmpty() ? "" : "Nothing matches.";
        }
        int from = shownFrom(found.size());
        int to = Math.min(found.size(), from + PAGE_SIZE - 1);
        return "Showing " + from + "–" + to + " of " + String.format("%,d", found.size())
                + (found.size() == rows.size() ? "" : " (of " + String.format("%,d", rows.size()) + ")");
    }

    public boolean isFirst() {
        return page == 0;
    }

    public boolean isLast(List<MappingRow> rows) {
        return (page + 1) * PAGE_SIZE >= matching(rows).size();
    }

    private int shownFrom(int found) {
        page = Math.max(0, Math.min(page, pages(found) - 1));
        return page * PAGE_SIZE + 1;
    }

    static int pages(int rows) {
        return Math.max(1, (rows + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public void next() {
        page++;
    }

    public void previous() {
        page = Math.max(0, page - 1);
    }

    public void restart() {
        page = 0;
    }

    public int getPage() {
        return page;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query == null ? "" : query;
    }

    public boolean isUnmappedOnly() {
        return unmappedOnly;
    }

    public void setUnmappedOnly(boolean unmappedOnly) {
        this.unmappedOnly = unmappedOnly;
    }
}

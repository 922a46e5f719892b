package io.switchboard.application.view;

import java.util.List;

/** A ticket's time entries (oldest first, one page of them) with the totals over all of them. */
public record TimeSheet(
        List<TimeEntryView> items, long total, int page, int pageSize, long minutes, long billableMinutes) {}

package io.switchboard.application.view;

import java.util.List;

/** One page of a list: {@code page} counts from 1. */
public record Page<T>(List<T> items, long total, int page, int pageSize) {

    public Page {
        items = List.copyOf(items);
    }
}

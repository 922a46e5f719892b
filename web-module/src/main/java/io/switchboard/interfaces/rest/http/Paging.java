package io.switchboard.interfaces.rest.http;

import io.switchboard.application.view.Page;
import io.switchboard.domain.shared.FieldError;
import io.switchboard.domain.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * The page a list request asks for ({@code page} from 1, {@code pageSize} 1 to {@value #MAX}),
 * checked once for every collection so each says the same thing about bad values.
 */
public record Paging(int page, int pageSize) {

    public static final int MAX = 200;
    public static final String DEFAULT_SIZE = "25";

    public Paging {
        List<FieldError> errors = new ArrayList<>();
        if (page < 1) {
            errors.add(new FieldError("page", "must be 1 or more (pages count from 1)"));
        }
        if (pageSize < 1 || pageSize > MAX) {
            errors.add(new FieldError("pageSize", "must be from 1 to " + MAX));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Refuses a page or page size out of range, both at once (400). */
    public static Paging check(int page, int pageSize) {
        return new Paging(page, pageSize);
    }

    /** The index of the page's first item. */
    public int first() {
        return (page - 1) * pageSize;
    }

    /** This page of a list held whole (the small catalogues and a ticket's parts). */
    public <T> Page<T> of(List<T> all) {
        int from = (int) Math.min(all.size(), (long) first());
        int to = Math.min(all.size(), from + pageSize);
        return new Page<>(all.subList(from, to), all.size(), page, pageSize);
    }
}

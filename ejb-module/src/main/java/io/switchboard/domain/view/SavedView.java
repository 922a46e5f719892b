package io.switchboard.domain.view;

import io.switchboard.domain.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A ticket list under a name: its query parameters exactly as the list's URL and the API's
 * {@code GET /tickets} take them ({@code status=new,open&priority=high&sort=-updatedAt&pageSize=50}),
 * and the columns to show. Personal (its owner only) or shared (no owner, everybody).
 */
@Entity
@Table(name = "saved_view")
public class SavedView {

    public static final int NAME_MAX = 80;
    public static final int QUERY_MAX = 2000;
    /** The list's columns, in the order they can be shown. */
    public static final List<String> COLUMNS = List.of(
            "number", "summary", "company", "status", "priority", "type", "assignee", "board", "age", "updated", "due");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saved_view_seq")
    @SequenceGenerator(name = "saved_view_seq", sequenceName = "saved_view_seq", allocationSize = 20)
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "list_query", nullable = false, length = QUERY_MAX)
    private String query;

    @Column(name = "column_list", length = 400)
    private String columns;

    @Column(length = 120)
    private String owner;

    @Column(name = "created_by", nullable = false, updatable = false, length = 120)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected SavedView() {}

    public SavedView(String name, String query, List<String> columns, String owner, String createdBy, Instant now) {
        this.owner = owner;
        this.createdBy = createdBy;
        revise(name, query, columns, now);
    }

    /** {@code query} must already be a valid list query: the application checks it with the list's own parser. */
    public final void revise(String newName, String newQuery, List<String> newColumns, Instant now) {
        if (newName == null || newName.isBlank() || newName.strip().length() > NAME_MAX) {
            throw new InvalidInputException("name", "is required, at most " + NAME_MAX + " characters");
        }
        String q = newQuery == null ? "" : newQuery.strip().replaceFirst("^\\?", "");
        if (q.length() > QUERY_MAX) {
            throw new InvalidInputException("query", "must be at most " + QUERY_MAX + " characters");
        }
        Set<String> cols = new LinkedHashSet<>();
        for (String c : newColumns == null ? List.<String>of() : newColumns) {
            if (!COLUMNS.contains(c)) {
                throw new InvalidInputException(
                        "columns", "has an unknown column " + c + "; known: " + String.join(", ", COLUMNS));
            }
            cols.add(c);
        }
        this.name = newName.strip();
        this.query = q;
        this.columns = cols.isEmpty() ? null : String.join(",", cols);
        this.updatedAt = now;
    }

    public boolean isShared() {
        return owner == null;
    }

    public boolean visibleTo(String login) {
        return owner == null || owner.equals(login);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String query() {
        return query;
    }

    /** The columns to show; empty means the list's usual ones. */
    public List<String> columns() {
        return columns == null ? List.of() : Arrays.asList(columns.split(","));
    }

    public String owner() {
        return owner;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}

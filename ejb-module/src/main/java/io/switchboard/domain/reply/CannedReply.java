package io.switchboard.domain.reply;

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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reply an agent inserts instead of typing it again: shared (no owner, everybody sees it) or
 * personal (its owner only). The body may hold placeholders such as {@code {{requester.first_name}}}.
 */
@Entity
@Table(name = "canned_reply")
public class CannedReply {

    public static final int TITLE_MAX = 120;
    public static final int BODY_MAX = 10_000;
    /** The placeholders a body may use, filled in from the ticket and the agent. */
    public static final java.util.List<String> PLACEHOLDERS = java.util.List.of(
            "requester.name",
            "requester.first_name",
            "requester.email",
            "company.name",
            "ticket.number",
            "ticket.summary",
            "agent.name",
            "agent.first_name");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z_.]+)\\s*}}");
    private static final Pattern SHORTCUT = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "canned_reply_seq")
    @SequenceGenerator(name = "canned_reply_seq", sequenceName = "canned_reply_seq", allocationSize = 20)
    private Long id;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = 40)
    private String shortcut;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    /** Null for a shared reply. */
    @Column(length = 120)
    private String owner;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 120)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CannedReply() {}

    public CannedReply(String title, String shortcut, String body, String owner, String createdBy, Instant now) {
        this.owner = owner;
        this.createdBy = createdBy;
        this.createdAt = now;
        revise(title, shortcut, body, now);
    }

    public final void revise(String newTitle, String newShortcut, String newBody, Instant now) {
        if (newTitle == null || newTitle.isBlank() || newTitle.strip().length() > TITLE_MAX) {
            throw new InvalidInputException("title", "is required, at most " + TITLE_MAX + " characters");
        }
        if (newBody == null || newBody.isBlank() || newBody.length() > BODY_MAX) {
            throw new InvalidInputException("body", "is required, at most " + BODY_MAX + " characters");
        }
        String key = newShortcut == null || newShortcut.isBlank()
                ? null
                : newShortcut.strip().toLowerCase(java.util.Locale.ROOT);
        if (key != null && !SHORTCUT.matcher(key).matches()) {
            throw new InvalidInputException("shortcut", "must be letters, digits, - or _ (at most 40), like ack");
        }
        Matcher m = PLACEHOLDER.matcher(newBody);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                throw new InvalidInputException(
                        "body",
                        "has an unknown placeholder {{" + m.group(1) + "}}; known: " + String.join(", ", PLACEHOLDERS));
            }
        }
        this.title = newTitle.strip();
        this.shortcut = key;
        this.body = newBody.replace("\r\n", "\n");
        this.updatedAt = now;
    }

    /** The body with every placeholder replaced; one without a value becomes empty. */
    public String render(Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
        }
        m.appendTail(out);
        return out.toString();
    }

    public boolean isShared() {
        return owner == null;
    }

    /** Whether {@code login} may see and use this reply. */
    public boolean visibleTo(String login) {
        return owner == null || owner.equals(login);
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String shortcut() {
        return shortcut;
    }

    public String body() {
        return body;
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

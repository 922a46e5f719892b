package io.switchboard.domain.psa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The external ref of a synced ticket: (provider, connection, remote id) is unique in the
 * database, so two pulls of one remote ticket can never make two local ones.
 */
@Entity
@Table(name = "psa_ticket_link")
public class PsaTicketLink {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "psa_seq")
    @SequenceGenerator(name = "psa_seq", sequenceName = "psa_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 64)
    private String provider;

    @Column(name = "connection_id", nullable = false)
    private long connectionId;

    @Column(name = "remote_id", nullable = false, length = 80)
    private String remoteId;

    @Column(name = "ticket_id", nullable = false)
    private long ticketId;

    @Column(name = "remote_board_id", length = 80)
    private String remoteBoardId;

    @Column(name = "remote_version", length = 80)
    private String remoteVersion;

    @Column(name = "remote_updated_at")
    private Instant remoteUpdatedAt;

    @Column(name = "pulled_at")
    private Instant pulledAt;

    @Column(name = "web_url", length = 1000)
    private String webUrl;

    @Lob
    private String assignments;

    /** The values both sides last agreed on, "field=value" lines with URL-encoded values: the merge base. */
    @Lob
    @Column(name = "base_fields")
    private String baseFields;

    protected PsaTicketLink() {}

    public PsaTicketLink(String provider, long connectionId, String remoteId, long ticketId) {
        this.provider = provider;
        this.connectionId = connectionId;
        this.remoteId = remoteId;
        this.ticketId = ticketId;
    }

    /** Records the remote state that was just applied. */
    public void pulled(
            String boardId, String version, Instant updatedAt, String url, String assignmentsJson, Instant now) {
        this.remoteBoardId = boardId;
        this.remoteVersion = version;
        this.remoteUpdatedAt = updatedAt;
        this.webUrl = url == null || url.length() > 1000 ? null : url;
        this.assignments = assignmentsJson;
        this.pulledAt = now;
    }

    /** The values both sides last agreed on, by field (summary, priority, status, assignee...); empty when unknown. */
    public java.util.Map<String, String> base() {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        if (baseFields != null) {
            for (String line : baseFields.split("\n")) {
                int eq = line.indexOf('=');
                if (eq < 0 && line.endsWith("!")) {
                    out.put(line.substring(0, line.length() - 1), null);
                } else if (eq > 0) {
                    out.put(
                            line.substring(0, eq),
                            java.net.URLDecoder.decode(
                                    line.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    /** Records agreed values (a null value: the field is empty on both sides). */
    public void agreed(java.util.Map<String, String> values) {
        java.util.Map<String, String> merged = base();
        merged.putAll(values);
        StringBuilder b = new StringBuilder();
        merged.forEach((k, v) -> b.append(k)
                .append(v == null ? "!" : "=" + java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8))
                .append('\n'));
        baseFields = b.toString();
    }

    /** Who works the remote ticket now (JSON), as read back after the desk changed it there. */
    public void assigned(String assignmentsJson) {
        this.assignments = assignmentsJson;
    }

    /** Records the remote version our own push produced, so the next pull does not take it for news. */
    public void pushed(String version) {
        if (version != null) {
            this.remoteVersion = version;
        }
    }

    /**
     * Whether every one of {@code values} is what both sides last agreed on. A version alone does
     * not say so: ConnectWise's is its lastUpdated, to the second, and two changes in one second
     * (ours pushed, then theirs) share it.
     */
    public boolean agreesWith(java.util.Map<String, String> values) {
        java.util.Map<String, String> base = base();
        return values.entrySet().stream()
                .allMatch(e ->
                        base.containsKey(e.getKey()) && java.util.Objects.equals(base.get(e.getKey()), e.getValue()));
    }

    /** Whether this remote state was applied already (same version, or not newer). */
    public boolean alreadyHas(String version, Instant updatedAt) {
        if (version != null && version.equals(remoteVersion)) {
            return true;
        }
        return version == null && updatedAt != null && remoteUpdatedAt != null && !updatedAt.isAfter(remoteUpdatedAt);
    }

    public Long id() {
        return id;
    }

    public String provider() {
        return provider;
    }

    public long connectionId() {
        return connectionId;
    }

    public String remoteId() {
        return remoteId;
    }

    public long ticketId() {
        return ticketId;
    }

    public String remoteBoardId() {
        return remoteBoardId;
    }

    public String remoteVersion() {
        return remoteVersion;
    }

    public Instant remoteUpdatedAt() {
        return remoteUpdatedAt;
    }

    public Instant pulledAt() {
        return pulledAt;
    }

    public String webUrl() {
        return webUrl;
    }

    public String assignments() {
        return assignments;
    }
}

package io.switchboard.domain.psa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One remote value and the local one it stands for: a status key (scope: the remote board), a
 * priority key, an agent id for a member, a company id for a company.
 */
@Entity
@Table(name = "psa_mapping")
public class PsaMapping {

    /** The scope of mappings that are not per board. */
    public static final String CONNECTION_WIDE = "";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "psa_seq")
    @SequenceGenerator(name = "psa_seq", sequenceName = "psa_seq", allocationSize = 50)
    private Long id;

    @Column(name = "connection_id", nullable = false)
    private long connectionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MappingKind kind;

    @Column(nullable = false, length = 80)
    private String scope;

    @Column(name = "remote_id", nullable = false, length = 80)
    private String remoteId;

    @Column(name = "remote_name", length = 200)
    private String remoteName;

    @Column(name = "local_value", nullable = false, length = 120)
    private String localValue;

    protected PsaMapping() {}

    public PsaMapping(
            long connectionId, MappingKind kind, String scope, String remoteId, String remoteName, String localValue) {
        this.connectionId = connectionId;
        this.kind = kind;
        this.scope = scope == null ? CONNECTION_WIDE : scope;
        this.remoteId = remoteId;
        this.remoteName = remoteName;
        this.localValue = localValue;
    }

    public Long id() {
        return id;
    }

    public long connectionId() {
        return connectionId;
    }

    public MappingKind kind() {
        return kind;
    }

    public String scope() {
        return scope;
    }

    public String remoteId() {
        return remoteId;
    }

    public String remoteName() {
        return remoteName;
    }

    public String localValue() {
        return localValue;
    }
}

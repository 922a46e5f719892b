package io.switchboard.infrastructure.tally;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The single row that serialises folding across servers and counts folds, so a reader can tell
 * whether a fold happened while it read (and read again).
 */
@Entity
@Table(name = "tally_fold_lock")
public class FoldGeneration {

    @Id
    private Integer id;

    @Column(nullable = false)
    private long generation;

    @Column(name = "folded_at")
    private Instant foldedAt;

    protected FoldGeneration() {}

    void advance(Instant now) {
        generation++;
        foldedAt = now;
    }

    long generation() {
        return generation;
    }
}

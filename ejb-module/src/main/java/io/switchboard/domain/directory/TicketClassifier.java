package io.switchboard.domain.directory;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What tickets are filed under (a board, a category): a unique name that can be changed, switched
 * off without losing the tickets filed under it, and versioned for optimistic edits. Each kind
 * keeps its own table and id sequence.
 */
@MappedSuperclass
public abstract class TicketClassifier {

    @Column(nullable = false, unique = true, length = 80)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected TicketClassifier() {}

    protected TicketClassifier(String name) {
        this.name = name;
    }

    public abstract Long id();

    public void rename(String newName) {
        this.name = newName;
    }

    public void setActive(boolean isActive) {
        this.active = isActive;
    }

    public String name() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public long version() {
        return version;
    }
}

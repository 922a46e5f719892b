package io.switchboard.domain.workflow;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** One status of the workflow and the statuses a ticket may move to from it. */
@Entity
@Cacheable
@Table(name = "workflow_status")
public class WorkflowStatus {

    @Id
    private Long id;

    @Column(name = "status_key", nullable = false, unique = true, length = 40)
    private String key;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(nullable = false, length = 20)
    private StatusCategory category;

    @Column(nullable = false)
    private int position;

    @Column(name = "is_initial", nullable = false)
    private boolean initial;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(
            name = "workflow_transition",
            joinColumns = @JoinColumn(name = "from_status_id"),
            inverseJoinColumns = @JoinColumn(name = "to_status_id"))
    private Set<WorkflowStatus> targets = new LinkedHashSet<>();

    protected WorkflowStatus() {}

    public WorkflowStatus(long id, String key, String name, StatusCategory category, int position) {
        this.id = id;
        this.key = key;
        this.name = name;
        this.category = category;
        this.position = position;
    }

    public boolean allows(WorkflowStatus target) {
        return target.active && targets.contains(target);
    }

    /** The statuses reachable in one step, in display order. */
    public List<WorkflowStatus> allowedTargets() {
        return targets.stream()
                .filter(s -> s.active)
                .sorted(Comparator.comparingInt(WorkflowStatus::position))
                .toList();
    }

    public void allow(WorkflowStatus target) {
        if (target.equals(this)) {
            throw new IllegalArgumentException("A status cannot transition to itself: " + key);
        }
        targets.add(target);
    }

    public void disallow(WorkflowStatus target) {
        targets.remove(target);
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public void recategorise(StatusCategory newCategory) {
        this.category = newCategory;
    }

    public void moveTo(int newPosition) {
        this.position = newPosition;
    }

    public void markInitial(boolean isInitial) {
        this.initial = isInitial;
    }

    public void setActive(boolean isActive) {
        this.active = isActive;
    }

    public Long id() {
        return id;
    }

    public String key() {
        return key;
    }

    public String name() {
        return name;
    }

    public StatusCategory category() {
        return category;
    }

    public int position() {
        return position;
    }

    public boolean isInitial() {
        return initial;
    }

    public boolean isActive() {
        return active;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkflowStatus status && Objects.equals(key, status.key);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(key);
    }

    @Override
    public String toString() {
        return key;
    }
}

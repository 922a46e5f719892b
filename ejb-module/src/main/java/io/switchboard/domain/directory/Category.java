package io.switchboard.domain.directory;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** What a ticket is about (Hardware, Email, Access...), for routing and reporting. */
@Entity
@Cacheable
@Table(name = "category")
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "category_seq")
    @SequenceGenerator(name = "category_seq", sequenceName = "category_seq", allocationSize = 10)
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Category() {}

    public Category(String name) {
        this.name = name;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public void setActive(boolean isActive) {
        this.active = isActive;
    }

    public Long id() {
        return id;
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

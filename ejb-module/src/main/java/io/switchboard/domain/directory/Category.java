package io.switchboard.domain.directory;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** What a ticket is about (Hardware, Email, Access...), for routing and reporting. */
@Entity
@Cacheable
@Table(name = "category")
public class Category extends TicketClassifier {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "category_seq")
    @SequenceGenerator(name = "category_seq", sequenceName = "category_seq", allocationSize = 10)
    private Long id;

    protected Category() {}

    public Category(String name) {
        super(name);
    }

    @Override
    public Long id() {
        return id;
    }
}

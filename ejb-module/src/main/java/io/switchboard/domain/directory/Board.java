package io.switchboard.domain.directory;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A team or queue that owns tickets, like a ConnectWise service board. */
@Entity
@Cacheable
@Table(name = "board")
public class Board extends TicketClassifier {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "board_seq")
    @SequenceGenerator(name = "board_seq", sequenceName = "board_seq", allocationSize = 10)
    private Long id;

    protected Board() {}

    public Board(String name) {
        super(name);
    }

    @Override
    public Long id() {
        return id;
    }
}

package io.switchboard.domain.mail;

import io.switchboard.domain.shared.Keyed;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A board's rule for emailed answers to its finished tickets; a board without one follows the default. */
@Entity
@Table(name = "board_mail_rule")
public class BoardMailRule {

    @Id
    @Column(name = "board_id")
    private Long boardId;

    @Column(name = "after_close", nullable = false, length = 20)
    private String afterClose;

    protected BoardMailRule() {}

    public BoardMailRule(long boardId, AfterClose afterClose) {
        this.boardId = boardId;
        this.afterClose = afterClose.key();
    }

    public void change(AfterClose rule) {
        this.afterClose = rule.key();
    }

    public AfterClose afterClose() {
        return Keyed.parse(AfterClose.class, "afterClose", afterClose);
    }
}

package io.switchboard.domain.mail;

/** Each board's {@link AfterClose} rule. */
public interface BoardMailRules {

    /** The board's rule, or the default when it has none (or for a ticket without a board). */
    AfterClose afterClose(Long boardId);

    void set(long boardId, AfterClose rule);
}

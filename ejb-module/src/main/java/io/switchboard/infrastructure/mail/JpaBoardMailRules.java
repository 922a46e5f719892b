package io.switchboard.infrastructure.mail;

import io.switchboard.domain.mail.AfterClose;
import io.switchboard.domain.mail.BoardMailRule;
import io.switchboard.domain.mail.BoardMailRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** {@link BoardMailRules} in the table board_mail_rule. */
@ApplicationScoped
public class JpaBoardMailRules implements BoardMailRules {

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Override
    public AfterClose afterClose(Long boardId) {
        if (boardId == null) {
            return AfterClose.REOPEN_RESOLVED;
        }
        BoardMailRule rule = em.find(BoardMailRule.class, boardId);
        return rule == null ? AfterClose.REOPEN_RESOLVED : rule.afterClose();
    }

    @Override
    public void set(long boardId, AfterClose rule) {
        BoardMailRule known = em.find(BoardMailRule.class, boardId);
        if (known == null) {
            em.persist(new BoardMailRule(boardId, rule));
        } else {
            known.change(rule);
        }
    }
}

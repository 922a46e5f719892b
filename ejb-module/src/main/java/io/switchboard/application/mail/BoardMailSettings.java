package io.switchboard.application.mail;

import io.switchboard.domain.directory.DirectoryRepository;
import io.switchboard.domain.mail.AfterClose;
import io.switchboard.domain.mail.BoardMailRules;
import io.switchboard.domain.shared.Keyed;
import io.switchboard.domain.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** A board's email rules as supervisors read and set them. */
@Stateless
public class BoardMailSettings {

    @Inject
    BoardMailRules rules;

    @Inject
    DirectoryRepository directory;

    /** @param afterClose reopen-resolved, reopen or follow-up; {@code choices} lists them */
    public record View(long boardId, String afterClose, List<String> choices) {}

    public View of(long boardId) {
        requireBoard(boardId);
        return view(boardId, rules.afterClose(boardId));
    }

    public View set(long boardId, String afterClose) {
        requireBoard(boardId);
        AfterClose rule = Keyed.parse(AfterClose.class, "afterClose", afterClose);
        rules.set(boardId, rule);
        return view(boardId, rule);
    }

    private void requireBoard(long boardId) {
        if (directory.board(boardId).isEmpty()) {
            throw new NotFoundException("Board", boardId);
        }
    }

    private static View view(long boardId, AfterClose rule) {
        return new View(boardId, rule.key(), Keyed.keys(AfterClose.class));
    }
}

package io.switchboard.domain.mail;

import io.switchboard.domain.shared.Keyed;
import io.switchboard.domain.workflow.StatusCategory;

/** What an emailed answer to a finished ticket does, as its board says. */
public enum AfterClose implements Keyed {
    /** Resolved tickets reopen, closed ones get a linked follow-up: the default. */
    REOPEN_RESOLVED("reopen-resolved"),
    /** Resolved and closed tickets reopen (where the workflow lets them). */
    REOPEN("reopen"),
    /** Finished tickets stay finished: every answer opens a linked follow-up. */
    FOLLOW_UP("follow-up");

    private final String key;

    AfterClose(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    public boolean reopens(StatusCategory finished) {
        return switch (this) {
            case REOPEN -> finished.isDone();
            case REOPEN_RESOLVED -> finished == StatusCategory.RESOLVED;
            case FOLLOW_UP -> false;
        };
    }
}

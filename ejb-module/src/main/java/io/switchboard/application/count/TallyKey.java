package io.switchboard.application.count;

import java.io.Serializable;

/** One cell of the tally: a combination of status, priority, category, board and assignee (0 = none). */
public record TallyKey(long statusId, short priority, long categoryId, long boardId, long assigneeId)
        implements Serializable {}

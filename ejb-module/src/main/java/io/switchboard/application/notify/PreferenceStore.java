package io.switchboard.application.notify;

import java.util.List;
import java.util.Map;

/** Stored notification choices and board subscriptions; absent choices mean "on". */
public interface PreferenceStore {

    /** The stored choice of one person for one event on one channel, if they made one. */
    Boolean enabled(String username, String eventType, String channel);

    /** Every stored choice of one person, keyed {@code event|channel}. */
    Map<String, Boolean> choices(String username);

    void store(String username, String eventType, String channel, boolean enabled);

    List<Long> boardsFollowed(long agentId);

    boolean boardExists(long boardId);

    void follow(long agentId, long boardId, boolean on);
}

package io.switchboard.domain.reply;

import java.util.List;
import java.util.Optional;

public interface CannedReplyRepository {

    CannedReply add(CannedReply reply);

    Optional<CannedReply> find(long id);

    /** The shared replies and {@code login}'s own, by title. */
    List<CannedReply> visibleTo(String login);

    /** Writes the changes now, so the version the caller answers with is the stored one. */
    CannedReply written(CannedReply reply);

    void remove(CannedReply reply);
}

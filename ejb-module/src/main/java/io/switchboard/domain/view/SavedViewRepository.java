package io.switchboard.domain.view;

import java.util.List;
import java.util.Optional;

public interface SavedViewRepository {

    SavedView add(SavedView view);

    Optional<SavedView> find(long id);

    /** The shared views and {@code login}'s own, by name. */
    List<SavedView> visibleTo(String login);

    /** Writes the changes now, so the version the caller answers with is the stored one. */
    SavedView written(SavedView view);

    void remove(SavedView view);
}

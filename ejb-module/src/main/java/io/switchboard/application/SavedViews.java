package io.switchboard.application;

import io.switchboard.application.command.SaveView;
import io.switchboard.application.view.SavedViewView;
import io.switchboard.domain.shared.Actor;
import io.switchboard.domain.shared.NotFoundException;
import io.switchboard.domain.shared.PermissionDeniedException;
import io.switchboard.domain.shared.StaleVersionException;
import io.switchboard.domain.shared.UnprocessableException;
import io.switchboard.domain.view.SavedView;
import io.switchboard.domain.view.SavedViewRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/** Saved views: everybody keeps personal ones and uses the shared ones; supervisors write those. */
@Stateless
public class SavedViews {

    @Inject
    SavedViewRepository views;

    @Inject
    Clock clock;

    public List<SavedViewView> visibleTo(String login) {
        return views.visibleTo(login).stream().map(SavedViews::view).toList();
    }

    public SavedViewView get(long id, String login) {
        return view(visible(id, login));
    }

    public SavedViewView create(SaveView command, Actor actor, boolean supervisor) {
        requireMayShare(command.shared(), supervisor);
        return view(views.add(new SavedView(
                command.name(),
                command.query(),
                command.columns(),
                command.shared() ? null : actor.name(),
                actor.name(),
                clock.instant())));
    }

    public SavedViewView update(long id, Long expectedVersion, SaveView command, Actor actor, boolean supervisor) {
        SavedView v = visible(id, actor.name());
        requireMayShare(v.isShared(), supervisor);
        if (expectedVersion != null && expectedVersion != v.version()) {
            throw new StaleVersionException("View " + id, expectedVersion, v.version());
        }
        if (command.shared() != v.isShared()) {
            throw new UnprocessableException("shared", "cannot change; save it as a new view instead");
        }
        v.revise(command.name(), command.query(), command.columns(), clock.instant());
        return view(views.written(v));
    }

    public void delete(long id, Actor actor, boolean supervisor) {
        SavedView v = visible(id, actor.name());
        requireMayShare(v.isShared(), supervisor);
        views.remove(v);
    }

    private SavedView visible(long id, String login) {
        return views.find(id).filter(v -> v.visibleTo(login)).orElseThrow(() -> new NotFoundException("View", id));
    }

    private static void requireMayShare(boolean shared, boolean supervisor) {
        if (shared && !supervisor) {
            throw new PermissionDeniedException("Only supervisors write shared views.");
        }
    }

    static SavedViewView view(SavedView v) {
        return new SavedViewView(
                v.id(), v.name(), v.query(), v.columns(), v.isShared(), v.owner(), v.updatedAt(), v.version());
    }
}

package io.switchboard.interfaces.web;

import io.switchboard.application.SavedViews;
import io.switchboard.application.command.SaveView;
import io.switchboard.application.view.SavedViewView;
import io.switchboard.domain.shared.DomainException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The list's saved views: the menu of them, and saving the list as it is under a name. */
@Named
@ViewScoped
public class ViewActions implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SavedViews views;

    @Inject
    TicketList list;

    @Inject
    PortalUser user;

    private String name;
    private boolean shared;
    private List<SavedViewView> available;

    public List<SavedViewView> getAvailable() {
        if (available == null) {
            available = views.visibleTo(user.getLogin());
        }
        return available;
    }

    public void save() throws IOException {
        try {
            SavedViewView saved = views.create(
                    new SaveView(name, list.getQuery(), list.getColumns(), shared && user.isSupervisor()),
                    user.actor(),
                    user.isSupervisor());
            Feedback.info("View “" + saved.name() + "” saved.");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .redirect(FacesContext.getCurrentInstance()
                                    .getExternalContext()
                                    .getRequestContextPath() + ListLinks.LIST + "?view=" + saved.id());
        } catch (DomainException e) {
            Feedback.error(e, Map.of("name", "viewForm:viewName"));
        }
    }

    public void delete(SavedViewView v) throws IOException {
        try {
            views.delete(v.id(), user.actor(), user.isSupervisor());
            available = null;
            Feedback.info("View “" + v.name() + "” deleted.");
        } catch (DomainException e) {
            Feedback.error(e, Map.of());
        }
    }

    public String link(SavedViewView v) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + ListLinks.LIST
                + "?view=" + v.id();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isShared() {
        return shared;
    }

    public void setShared(boolean shared) {
        this.shared = shared;
    }
}

package io.switchboard.interfaces.web.admin;

import io.switchboard.application.DirectoryService;
import io.switchboard.application.view.DirectoryViews.AgentView;
import io.switchboard.domain.shared.DomainException;
import io.switchboard.domain.shared.Patch;
import io.switchboard.interfaces.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Admin: the agent records that link logins to the desk (assignable, notified), added and switched off here. */
@Named
@ViewScoped
public class AgentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DirectoryService directory;

    private String username;
    private String name;
    private String email;

    public List<AgentView> getAgents() {
        return directory.agents();
    }

    public void add() {
        try {
            AgentView a = directory.createAgent(username, name, email);
            username = null;
            name = null;
            email = null;
            Feedback.info("Agent " + a.name() + " (" + a.username() + ") added.");
        } catch (DomainException e) {
            Feedback.error(
                    e,
                    Map.of(
                            "username", "agentsForm:username",
                            "name", "agentsForm:name",
                            "displayName", "agentsForm:name",
                            "email", "agentsForm:email"));
        }
    }

    public void toggle(AgentView a) {
        try {
            directory.updateAgent(a.id(), Patch.unchanged(), Patch.unchanged(), Patch.set(!a.active()));
        } catch (DomainException e) {
            Feedback.error(e, Map.of());
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}

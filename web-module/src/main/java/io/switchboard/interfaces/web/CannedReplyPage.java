package io.switchboard.interfaces.web;

import io.switchboard.application.CannedReplies;
import io.switchboard.application.command.SaveCannedReply;
import io.switchboard.application.view.CannedReplyView;
import io.switchboard.domain.reply.CannedReply;
import io.switchboard.domain.shared.DomainException;
import io.switchboard.domain.shared.StaleVersionException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Canned replies: everybody's own, and the shared ones that supervisors write. */
@Named
@ViewScoped
public class CannedReplyPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS =
            Map.of("title", "cannedForm:title", "shortcut", "cannedForm:shortcut", "body", "cannedForm:body");

    @Inject
    CannedReplies replies;

    @Inject
    PortalUser user;

    private List<CannedReplyView> rows = List.of();
    private Long editingId;
    private Long editingVersion;
    private String title;
    private String shortcut;
    private String body;
    private boolean shared;

    public void load() {
        rows = replies.visibleTo(user.getLogin());
    }

    public void startNew() {
        editingId = null;
        editingVersion = null;
        title = null;
        shortcut = null;
        body = null;
        shared = false;
    }

    public void edit(CannedReplyView r) {
        editingId = r.id();
        editingVersion = r.version();
        title = r.title();
        shortcut = r.shortcut();
        body = r.body();
        shared = r.shared();
    }

    public void save() {
        SaveCannedReply command = new SaveCannedReply(title, shortcut, body, shared);
        try {
            if (editingId == null) {
                replies.create(command, user.actor(), user.isSupervisor());
                Feedback.info("Canned reply “" + title.strip() + "” saved.");
            } else {
                replies.update(editingId, editingVersion, command, user.actor(), user.isSupervisor());
                Feedback.info("Canned reply “" + title.strip() + "” updated.");
            }
            startNew();
            load();
        } catch (StaleVersionException e) {
            Feedback.warn(
                    "Someone else changed this reply meanwhile.",
                    "Nothing was saved. Open it again to see their change.");
        } catch (DomainException e) {
            Feedback.error(e, FIELDS);
        }
    }

    public void delete(CannedReplyView r) {
        try {
            replies.delete(r.id(), user.actor(), user.isSupervisor());
            Feedback.info("Canned reply “" + r.title() + "” deleted.");
            if (r.id() == (editingId == null ? -1 : editingId)) {
                startNew();
            }
            load();
        } catch (DomainException e) {
            Feedback.error(e, Map.of());
        }
    }

    public boolean mayEdit(CannedReplyView r) {
        return !r.shared() || user.isSupervisor();
    }

    public List<String> getPlaceholders() {
        return CannedReply.PLACEHOLDERS;
    }

    public List<CannedReplyView> getRows() {
        return rows;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getShortcut() {
        return shortcut;
    }

    public void setShortcut(String shortcut) {
        this.shortcut = shortcut;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public boolean isShared() {
        return shared;
    }

    public void setShared(boolean shared) {
        this.shared = shared;
    }
}

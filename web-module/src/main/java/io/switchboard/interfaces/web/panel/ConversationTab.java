package io.switchboard.interfaces.web.panel;

import io.switchboard.application.AttachmentService;
import io.switchboard.application.CannedReplies;
import io.switchboard.application.CommentService;
import io.switchboard.application.command.AddReply;
import io.switchboard.application.command.NewFile;
import io.switchboard.application.view.AttachmentView;
import io.switchboard.application.view.CannedReplyView;
import io.switchboard.application.view.CommentView;
import io.switchboard.domain.shared.DomainException;
import io.switchboard.interfaces.web.Feedback;
import io.switchboard.interfaces.web.PortalUser;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/** The panel's conversation: replies and internal notes, oldest first, and the composer. */
@Named
@ViewScoped
public class ConversationTab implements PanelTab, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommentService comments;

    @Inject
    CannedReplies canned;

    @Inject
    AttachmentService attachments;

    @Inject
    TicketPanel panel;

    @Inject
    PortalUser user;

    private List<CommentView> notes = List.of();
    private Map<Long, List<AttachmentView>> filesOfComments = Map.of();
    private String noteText;
    private String noteKind = "reply";
    private boolean solution;
    private Long cannedId;
    private String to;
    private String cc;
    private boolean formatted;
    /** Files picked for the reply being written, sent with it. */
    private final List<StagedFile> staged = new ArrayList<>();

    private List<CannedReplyView> cannedReplies;

    @Override
    public void reset() {
        noteText = null;
        noteKind = "reply";
        solution = false;
        to = null;
        cc = null;
        staged.clear();
    }

    @Override
    public void load(long ticketId) {
        notes = comments.list(ticketId, true);
        filesOfComments = attachments.list(ticketId).stream()
                .filter(f -> f.commentId() != null)
                .collect(Collectors.groupingBy(AttachmentView::commentId));
        cannedReplies = null; // read again: someone may have written one meanwhile
    }

    public void addNote() {
        panel.showTab(TicketPanel.CONVERSATION);
        boolean internal = isInternal();
        try {
            comments.addReply(
                    panel.ticketId(),
                    new AddReply(
                            noteText,
                            formatted ? "markdown" : "text",
                            internal,
                            solution && !internal,
                            internal ? List.of() : addresses(to),
                            internal ? List.of() : addresses(cc)),
                    staged.stream().map(f -> new NewFile(f.name(), f.content())).toList(),
                    user.actor());
            int files = staged.size();
            noteText = null;
            solution = false;
            cc = null;
            staged.clear();
            panel.refreshAfterOwnChange();
            Feedback.info((internal ? "Internal note added" : "Reply added")
                    + (files == 0 ? "." : " with " + files + " file" + (files == 1 ? "" : "s") + "."));
        } catch (DomainException e) {
            Feedback.error(
                    e,
                    Map.of(
                            "body", "panelForm:tabs:noteText",
                            "solution", "panelForm:tabs:solution",
                            "to", "panelForm:tabs:replyTo",
                            "cc", "panelForm:tabs:replyCc"));
        }
    }

    private static List<String> addresses(String field) {
        return field == null || field.isBlank() ? List.of() : List.of(field);
    }

    /** A file for the reply being written: kept until the reply is sent (or the ticket closed in the panel). */
    public void stage(FileUploadEvent event) {
        panel.showTab(TicketPanel.CONVERSATION);
        UploadedFile file = event.getFile();
        try (InputStream in = file.getInputStream()) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, attachments.maxBytes() + 1));
            if (content.length > attachments.maxBytes()) {
                Feedback.error(
                        file.getFileName() + " is larger than the limit of " + attachments.maxBytes() + " bytes.");
                return;
            }
            staged.add(new StagedFile(file.getFileName(), content));
        } catch (IOException e) {
            Feedback.error("The upload did not arrive completely; try again.");
        }
    }

    public void unstage(StagedFile file) {
        staged.remove(file);
    }

    /** A file picked for the reply, not yet sent. */
    public record StagedFile(String name, byte[] content) implements Serializable {}

    public List<StagedFile> getStaged() {
        return staged;
    }

    /** The requester's address, which a public reply goes to unless the agent writes another. */
    public String getRequesterEmail() {
        return panel.getTicket() == null || panel.getTicket().contact() == null
                ? null
                : panel.getTicket().contact().email();
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getCc() {
        return cc;
    }

    public void setCc(String cc) {
        this.cc = cc;
    }

    public boolean isFormatted() {
        return formatted;
    }

    public void setFormatted(boolean formatted) {
        this.formatted = formatted;
    }

    /** The picked canned reply, rendered for this ticket, goes back to the page to be put at the cursor. */
    public void insertCanned() {
        if (cannedId != null) {
            sendCanned(canned.render(cannedId, panel.ticketId(), user.getLogin()));
        }
        cannedId = null;
    }

    /** "::ack" then Tab in the composer: the canned reply with that shortcut replaces it. */
    public void expandShortcut() {
        String shortcut = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .getOrDefault("shortcut", "")
                .strip()
                .toLowerCase(java.util.Locale.ROOT);
        getCannedReplies().stream()
                .filter(r -> shortcut.equals(r.shortcut()))
                .findFirst()
                .ifPresent(r -> sendCanned(canned.render(r.id(), panel.ticketId(), user.getLogin())));
    }

    private static void sendCanned(String text) {
        PrimeFaces.current().ajax().addCallbackParam("canned", text);
    }

    public List<CannedReplyView> getCannedReplies() {
        if (cannedReplies == null) {
            cannedReplies = canned.visibleTo(user.getLogin());
        }
        return cannedReplies;
    }

    public Long getCannedId() {
        return cannedId;
    }

    public void setCannedId(Long cannedId) {
        this.cannedId = cannedId;
    }

    public boolean isInternal() {
        return "note".equals(noteKind);
    }

    public List<CommentView> getNotes() {
        return notes;
    }

    /** The files sent with a reply or note, shown under it. */
    public List<AttachmentView> filesOf(long commentId) {
        return filesOfComments.getOrDefault(commentId, List.of());
    }

    public String getNoteText() {
        return noteText;
    }

    public void setNoteText(String noteText) {
        this.noteText = noteText;
    }

    public String getNoteKind() {
        return noteKind;
    }

    public void setNoteKind(String noteKind) {
        this.noteKind = noteKind;
    }

    public boolean isSolution() {
        return solution;
    }

    public void setSolution(boolean solution) {
        this.solution = solution;
    }
}

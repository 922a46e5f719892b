package io.switchboard.interfaces.web.panel;

import io.switchboard.application.AttachmentService;
import io.switchboard.application.view.AttachmentView;
import io.switchboard.domain.shared.DomainException;
import io.switchboard.interfaces.web.Feedback;
import io.switchboard.interfaces.web.PortalUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/** The panel's files: uploads, always served back as downloads. */
@Named
@ViewScoped
public class FilesTab implements PanelTab, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AttachmentService attachmentService;

    @Inject
    TicketPanel panel;

    @Inject
    PortalUser user;

    private List<AttachmentView> attachments = List.of();

    @Override
    public void reset() {
        // nothing typed here
    }

    @Override
    public void load(long ticketId) {
        attachments = attachmentService.list(ticketId);
    }

    public void upload(FileUploadEvent event) {
        panel.showTab(TicketPanel.FILES);
        UploadedFile file = event.getFile();
        try (InputStream in = file.getInputStream()) {
            // One byte over the limit is enough for the service to refuse it with its own message.
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, attachmentService.maxBytes() + 1));
            attachmentService.upload(panel.ticketId(), file.getFileName(), content, user.actor());
            panel.refreshAfterOwnChange();
            Feedback.info("Attached " + file.getFileName() + ".");
        } catch (DomainException e) {
            Feedback.error(e, Map.of());
        } catch (IOException e) {
            Feedback.error("The upload did not arrive completely; try again.");
        }
    }

    public List<AttachmentView> getAttachments() {
        return attachments;
    }

    public long getMaxUploadBytes() {
        return attachmentService.maxBytes();
    }
}

package io.switchboard.interfaces.web.admin;

import io.switchboard.application.view.ImportResult;
import io.switchboard.domain.shared.DomainException;
import io.switchboard.domain.shared.FieldError;
import io.switchboard.interfaces.rest.TicketImportResource;
import io.switchboard.interfaces.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * Admin: import tickets with their past from a JSON file, exactly as {@code POST
 * /api/v1/admin/import/tickets} takes it (the same resource checks it): all of the file or none.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A thousand tickets of a few kilobytes each, with room to spare. */
    static final int MAX_BYTES = 8 * 1024 * 1024;

    @Inject
    TicketImportResource importer;

    private ImportResult result;
    private List<FieldError> errors = List.of();

    public void upload(FileUploadEvent event) {
        result = null;
        errors = List.of();
        try (InputStream in = event.getFile().getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                Feedback.error("The file is larger than " + MAX_BYTES / (1024 * 1024)
                        + " MB; split it into batches of 1,000 tickets.");
                return;
            }
            result = importer.importTickets(new String(bytes, StandardCharsets.UTF_8));
            Feedback.info(result.imported() + " tickets imported: " + result.firstNumber() + " to "
                    + result.lastNumber() + ".");
        } catch (DomainException e) {
            errors = e.errors();
            Feedback.error(
                    e.errors().isEmpty()
                            ? e.getMessage()
                            : "Nothing was imported: the file has " + e.errors().size() + " problem(s), listed below.");
        } catch (IOException e) {
            Feedback.error("The upload did not arrive completely; try again.");
        }
    }

    public ImportResult getResult() {
        return result;
    }

    public List<FieldError> getErrors() {
        return errors;
    }
}

package io.switchboard.interfaces.web;

import io.switchboard.domain.shared.DomainException;
import io.switchboard.domain.shared.FieldError;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;

/** Messages for the person in front of the page, from the domain's own words. */
public final class Feedback {

    private Feedback() {}

    public static void info(String summary) {
        add(null, FacesMessage.SEVERITY_INFO, summary, null);
    }

    public static void warn(String summary, String detail) {
        add(null, FacesMessage.SEVERITY_WARN, summary, detail);
    }

    public static void error(String summary) {
        add(null, FacesMessage.SEVERITY_ERROR, summary, null);
    }

    /** A warning next to one field that stops this submission. */
    public static void fieldWarning(String clientId, String message) {
        FacesContext.getCurrentInstance().validationFailed();
        add(clientId, FacesMessage.SEVERITY_WARN, message, message);
    }

    /**
     * The domain said no: each field error goes next to its field when the page has one
     * ({@code fields} maps a field name to a client id), the rest to the page's message area.
     */
    public static void error(DomainException e, Map<String, String> fields) {
        FacesContext.getCurrentInstance().validationFailed();
        if (e.errors().isEmpty()) {
            error(e.getMessage());
            return;
        }
        for (FieldError f : e.errors()) {
            String clientId = fields.get(f.field());
            if (clientId != null) {
                // A field's message shows its detail: without one it would be a bare icon.
                String message = capitalise(f.message());
                add(clientId, FacesMessage.SEVERITY_ERROR, message, message);
            } else {
                error(capitalise(words(f.field())) + " " + f.message());
            }
        }
    }

    private static void add(String clientId, FacesMessage.Severity severity, String summary, String detail) {
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(severity, summary, detail == null ? "" : detail));
    }

    /** "resolutionMinutes" reads as "resolution minutes". */
    static String words(String field) {
        return field == null ? "" : field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    public static String capitalise(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

package io.switchboard.interfaces.web;

import io.switchboard.domain.shared.DomainException;
import io.switchboard.domain.shared.FieldError;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;

/** Messages for the person in front of the page, from the domain's own words. */
final class Feedback {

    private Feedback() {}

    static void info(String summary) {
        add(null, FacesMessage.SEVERITY_INFO, summary, null);
    }

    static void warn(String summary, String detail) {
        add(null, FacesMessage.SEVERITY_WARN, summary, detail);
    }

    static void error(String summary) {
        add(null, FacesMessage.SEVERITY_ERROR, summary, null);
    }

    /**
     * The domain said no: each field error goes next to its field when the page has one
     * ({@code fields} maps a field name to a client id), the rest to the page's message area.
     */
    static void error(DomainException e, Map<String, String> fields) {
        FacesContext.getCurrentInstance().validationFailed();
        if (e.errors().isEmpty()) {
            error(e.getMessage());
            return;
        }
        for (FieldError f : e.errors()) {
            String clientId = fields.get(f.field());
            if (clientId != null) {
                add(clientId, FacesMessage.SEVERITY_ERROR, capitalise(f.message()), null);
            } else {
                error(capitalise(words(f.field())) + " " + f.message());
            }
        }
    }

    private static void add(String clientId, FacesMessage.Severity severity, String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, summary, detail == null ? "" : detail));
    }

    /** "resolutionMinutes" reads as "resolution minutes". */
    static String words(String field) {
        return field == null ? "" : field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    static String capitalise(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

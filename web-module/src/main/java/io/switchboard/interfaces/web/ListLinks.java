package io.switchboard.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Links to the ticket list with a filter in its URL: what every dashboard card and chart segment
 * points at. The parameter names are the API's list filters.
 */
@Named("links")
@ApplicationScoped
public class ListLinks {

    public static final String LIST = "/tickets.xhtml";

    public String open() {
        return to(Map.of());
    }

    public String status(String key) {
        return to(Map.of("status", key));
    }

    public String priority(String key) {
        return to(Map.of("priority", key));
    }

    public String overdue() {
        return to(Map.of("overdue", "true", "sort", "deadline"));
    }

    public String mine() {
        return to(Map.of("assigned", "me"));
    }

    public String created(Instant from, Instant to) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("createdFrom", from.toString());
        p.put("createdTo", to.toString());
        p.put("includeClosed", "true");
        return to(p);
    }

    public String resolved(Instant from, Instant to) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("resolvedFrom", from.toString());
        p.put("resolvedTo", to.toString());
        return to(p);
    }

    public String ticket(String number) {
        return context() + LIST + "?ticket=" + encode(number);
    }

    static String to(Map<String, String> params) {
        StringJoiner query = new StringJoiner("&");
        params.forEach((k, v) -> query.add(encode(k) + "=" + encode(v)));
        return context() + LIST + (params.isEmpty() ? "" : "?" + query);
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String context() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null ? "" : faces.getExternalContext().getRequestContextPath();
    }
}

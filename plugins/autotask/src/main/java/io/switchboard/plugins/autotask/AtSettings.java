package io.switchboard.plugins.autotask;

import io.switchboard.plugin.ConfigProblem;
import io.switchboard.plugin.PluginConfig;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * A connection's settings, checked: the API user, its secret, the integration code (Autotask's
 * tracking identifier), where to look the zone up, and an optional resource to impersonate.
 */
record AtSettings(String userName, String secret, String integrationCode, URI zoneLookup, String impersonate) {

    static final String USER_NAME = "userName";
    static final String SECRET = "apiSecret";
    static final String INTEGRATION_CODE = "integrationCode";
    static final String ZONE_LOOKUP = "zoneLookup";
    static final String IMPERSONATE = "impersonationResourceId";
    static final String DEFAULT_ZONE_LOOKUP = "https://webservices2.autotask.net";

    static AtSettings of(PluginConfig c) {
        return new AtSettings(
                c.required(USER_NAME).trim(),
                c.required(SECRET),
                c.required(INTEGRATION_CODE).trim(),
                lookup(c.string(ZONE_LOOKUP, DEFAULT_ZONE_LOOKUP)),
                c.string(IMPERSONATE, "").trim());
    }

    static List<ConfigProblem> problems(PluginConfig c) {
        List<ConfigProblem> out = new ArrayList<>();
        if (!c.string(USER_NAME, "").trim().matches("[^@\\s]+@[^@\\s]+")) {
            out.add(new ConfigProblem(USER_NAME, "the API user's email address, such as api@example.com"));
        }
        if (c.string(INTEGRATION_CODE, "").isBlank()) {
            out.add(new ConfigProblem(INTEGRATION_CODE, "the tracking identifier of the API user is required"));
        }
        try {
            lookup(c.string(ZONE_LOOKUP, DEFAULT_ZONE_LOOKUP));
        } catch (IllegalArgumentException e) {
            out.add(new ConfigProblem(ZONE_LOOKUP, e.getMessage()));
        }
        if (!c.string(IMPERSONATE, "").isBlank()
                && !c.string(IMPERSONATE, "").trim().matches("\\d+")) {
            out.add(new ConfigProblem(IMPERSONATE, "a resource id is a number"));
        }
        return out;
    }

    /** "webservices2.autotask.net" becomes https://webservices2.autotask.net; a full URL stays as given. */
    static URI lookup(String value) {
        String v = value == null || value.isBlank() ? DEFAULT_ZONE_LOOKUP : value.trim();
        if (!v.contains("://")) {
            v = "https://" + v;
        }
        URI u;
        try {
            u = URI.create(v.replaceAll("/+$", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a host name or URL: " + value);
        }
        if (u.getHost() == null
                || !(u.getScheme().equals("https") || u.getScheme().equals("http"))) {
            throw new IllegalArgumentException("not a host name or http(s) URL: " + value);
        }
        return u;
    }
}

package io.switchboard.plugins.remotedesk;

import io.switchboard.plugin.ConfigProblem;
import io.switchboard.plugin.PluginConfig;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** A connection's settings, checked: the other desk's root URL, its API token, and the secret its webhooks sign with. */
record RdSettings(URI root, String token, String webhookSecret) {

    static final String URL = "url";
    static final String TOKEN = "apiToken";
    static final String WEBHOOK_SECRET = "webhookSigningSecret";

    static RdSettings of(PluginConfig c) {
        return new RdSettings(root(c.required(URL)), c.required(TOKEN).strip(), c.string(WEBHOOK_SECRET, ""));
    }

    static List<ConfigProblem> problems(PluginConfig c) {
        List<ConfigProblem> out = new ArrayList<>();
        try {
            root(c.string(URL, ""));
        } catch (IllegalArgumentException e) {
            out.add(new ConfigProblem(URL, e.getMessage()));
        }
        if (c.string(TOKEN, "").isBlank()) {
            out.add(new ConfigProblem(TOKEN, "an API token of the other desk (Bearer) is required"));
        }
        return out;
    }

    /** "https://desk.example.com" (or with /api/v1): the root of the other desk, without a trailing slash. */
    static URI root(String value) {
        String v = value == null ? "" : value.strip().replaceAll("/+$", "").replaceAll("/api/v1$", "");
        if (v.isEmpty()) {
            throw new IllegalArgumentException("the other desk's URL is required, such as https://desk.example.com");
        }
        URI u;
        try {
            u = URI.create(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a URL: " + value);
        }
        if (u.getHost() == null
                || u.getScheme() == null
                || !(u.getScheme().equals("https") || u.getScheme().equals("http"))) {
            throw new IllegalArgumentException("not an http(s) URL: " + value);
        }
        return u;
    }
}

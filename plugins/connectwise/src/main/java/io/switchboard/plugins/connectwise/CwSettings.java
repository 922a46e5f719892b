package io.switchboard.plugins.connectwise;

import io.switchboard.plugin.ConfigProblem;
import io.switchboard.plugin.PluginConfig;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A connection's settings, checked: the site as a base URL (cloud hosts get their api- prefix), company, keys, client id. */
record CwSettings(URI site, String company, String publicKey, String privateKey, String clientId, String codebase) {

    static final String SITE = "site";
    static final String COMPANY = "company";
    static final String PUBLIC_KEY = "publicKey";
    static final String PRIVATE_KEY = "privateKey";
    static final String CLIENT_ID = "clientId";
    static final String CODEBASE = "codebase";

    static CwSettings of(PluginConfig c) {
        return new CwSettings(
                site(c.required(SITE)),
                c.required(COMPANY).trim(),
                c.required(PUBLIC_KEY).trim(),
                c.required(PRIVATE_KEY),
                c.required(CLIENT_ID).trim(),
                c.string(CODEBASE, "").trim());
    }

    static List<ConfigProblem> problems(PluginConfig c) {
        List<ConfigProblem> out = new ArrayList<>();
        try {
            site(c.string(SITE, ""));
        } catch (IllegalArgumentException e) {
            out.add(new ConfigProblem(SITE, e.getMessage()));
        }
        if (!c.string(COMPANY, "").matches("[A-Za-z0-9_.-]{1,60}")) {
            out.add(new ConfigProblem(COMPANY, "the company id as you sign in, letters and digits"));
        }
        if (!c.string(CODEBASE, "").isEmpty() && !c.string(CODEBASE, "").matches("[A-Za-z0-9_.]+/?")) {
            out.add(new ConfigProblem(CODEBASE, "a codebase looks like v4_6_release or v2025_1"));
        }
        return out;
    }

    /** "na.myconnectwise.net" becomes https://api-na.myconnectwise.net; a full URL stays as given. */
    static URI site(String value) {
        String v = value == null ? "" : value.trim();
        if (v.isEmpty()) {
            throw new IllegalArgumentException("the site is required, such as api-na.myconnectwise.net");
        }
        if (!v.contains("://")) {
            String host = v.toLowerCase(Locale.ROOT).replaceAll("/.*$", "");
            if (host.matches("(na|eu|au|aus|za)\\.myconnectwise\\.net") || host.equals("staging.connectwisedev.com")) {
                host = "api-" + host;
            }
            v = "https://" + host;
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
